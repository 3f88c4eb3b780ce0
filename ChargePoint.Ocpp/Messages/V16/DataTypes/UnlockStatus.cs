namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>UnlockConnector.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class UnlockStatus
    {
        public const string Unlocked = "Unlocked";

        public const string UnlockFailed = "UnlockFailed";

        public const string NotSupported = "NotSupported";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Unlocked + " " + UnlockFailed + " " + NotSupported;
    }
}
