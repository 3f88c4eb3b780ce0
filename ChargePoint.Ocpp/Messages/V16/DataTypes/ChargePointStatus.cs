namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>StatusNotification.req status (connector 0 uses only Available, Unavailable, Faulted): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargePointStatus
    {
        public const string Available = "Available";

        public const string Preparing = "Preparing";

        public const string Charging = "Charging";

        public const string SuspendedEVSE = "SuspendedEVSE";

        public const string SuspendedEV = "SuspendedEV";

        public const string Finishing = "Finishing";

        public const string Reserved = "Reserved";

        public const string Unavailable = "Unavailable";

        public const string Faulted = "Faulted";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Available + " " + Preparing + " " + Charging + " " + SuspendedEVSE
            + " " + SuspendedEV + " " + Finishing + " " + Reserved + " " + Unavailable + " " + Faulted;
    }
}
