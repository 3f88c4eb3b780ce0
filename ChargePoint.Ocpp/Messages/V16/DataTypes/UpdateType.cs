namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SendLocalList.req updateType: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class UpdateType
    {
        public const string Differential = "Differential";

        public const string Full = "Full";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Differential + " " + Full;
    }
}
