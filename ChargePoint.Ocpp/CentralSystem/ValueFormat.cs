namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue format (default Raw): the spec's strings. Only the Central System direction reads them, so they live outside the image.</summary>
    public static class ValueFormat
    {
        public const string Raw = "Raw";

        public const string SignedData = "SignedData";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Raw + " " + SignedData;
    }
}
