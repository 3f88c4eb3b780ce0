namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ClearChargingProfile.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ClearChargingProfileStatus
    {
        public const string Accepted = "Accepted";

        public const string Unknown = "Unknown";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Accepted + " " + Unknown;
    }
}
