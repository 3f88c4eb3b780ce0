namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Reset.req type: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ResetType
    {
        public const string Hard = "Hard";

        public const string Soft = "Soft";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Hard + " " + Soft;
    }
}
