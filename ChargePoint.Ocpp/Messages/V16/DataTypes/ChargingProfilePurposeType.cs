namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChargingProfile chargingProfilePurpose: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargingProfilePurposeType
    {
        public const string ChargePointMaxProfile = "ChargePointMaxProfile";

        public const string TxDefaultProfile = "TxDefaultProfile";

        public const string TxProfile = "TxProfile";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = ChargePointMaxProfile + " " + TxDefaultProfile + " " + TxProfile;
    }
}
