namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>TriggerMessage.req requestedMessage: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class MessageTrigger
    {
        public const string BootNotification = "BootNotification";

        public const string DiagnosticsStatusNotification = "DiagnosticsStatusNotification";

        public const string FirmwareStatusNotification = "FirmwareStatusNotification";

        public const string Heartbeat = "Heartbeat";

        public const string MeterValues = "MeterValues";

        public const string StatusNotification = "StatusNotification";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = BootNotification + " " + DiagnosticsStatusNotification
            + " " + FirmwareStatusNotification + " " + Heartbeat + " " + MeterValues + " " + StatusNotification;
    }
}
