namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue phase: the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.Phase as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class Phase
    {
        public const string L1 = "L1";

        public const string L2 = "L2";

        public const string L3 = "L3";

        public const string N = "N";

        public const string L1N = "L1-N";

        public const string L2N = "L2-N";

        public const string L3N = "L3-N";

        public const string L1L2 = "L1-L2";

        public const string L2L3 = "L2-L3";

        public const string L3L1 = "L3-L1";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = L1 + " " + L2 + " " + L3 + " " + N + " " + L1N + " " + L2N + " " + L3N + " " + L1L2
            + " " + L2L3 + " " + L3L1;
    }
}
