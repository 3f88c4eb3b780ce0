namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ExtendedTriggerMessage.req requestedMessage (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class MessageTriggerEnumType
    {
        public const string BootNotification = "BootNotification";

        public const string LogStatusNotification = "LogStatusNotification";

        public const string FirmwareStatusNotification = "FirmwareStatusNotification";

        public const string Heartbeat = "Heartbeat";

        public const string MeterValues = "MeterValues";

        public const string SignChargePointCertificate = "SignChargePointCertificate";

        public const string StatusNotification = "StatusNotification";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = BootNotification + " " + LogStatusNotification + " " + FirmwareStatusNotification
            + " " + Heartbeat + " " + MeterValues + " " + SignChargePointCertificate + " " + StatusNotification;
    }
}
