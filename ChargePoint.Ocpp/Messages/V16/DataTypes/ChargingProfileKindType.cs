namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChargingProfile chargingProfileKind: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargingProfileKindType
    {
        public const string Absolute = "Absolute";

        public const string Recurring = "Recurring";

        public const string Relative = "Relative";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Absolute + " " + Recurring + " " + Relative;
    }
}
