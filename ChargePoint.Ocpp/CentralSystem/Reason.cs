namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>StopTransaction.req reason (absent means Local): the spec's strings. Only the Central System direction reads them (the charger writes Model.Transactions.StopReason), so they live outside the image.</summary>
    public static class Reason
    {
        public const string EmergencyStop = "EmergencyStop";

        public const string EVDisconnected = "EVDisconnected";

        public const string HardReset = "HardReset";

        public const string Local = "Local";

        public const string Other = "Other";

        public const string PowerLoss = "PowerLoss";

        public const string Reboot = "Reboot";

        public const string Remote = "Remote";

        public const string SoftReset = "SoftReset";

        public const string UnlockCommand = "UnlockCommand";

        public const string DeAuthorized = "DeAuthorized";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = EmergencyStop + " " + EVDisconnected + " " + HardReset + " " + Local + " " + Other
            + " " + PowerLoss + " " + Reboot + " " + Remote + " " + SoftReset + " " + UnlockCommand
            + " " + DeAuthorized;
    }
}
