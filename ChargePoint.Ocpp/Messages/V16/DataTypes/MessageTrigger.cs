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

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case BootNotification:
                case DiagnosticsStatusNotification:
                case FirmwareStatusNotification:
                case Heartbeat:
                case MeterValues:
                case StatusNotification:
                    return true;
                default:
                    return false;
            }
        }
    }
}
