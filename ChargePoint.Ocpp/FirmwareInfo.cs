namespace ChargePoint.Ocpp
{
    /// <summary>Identity of this OCPP implementation, reported in BootNotification and on the console.</summary>
    public static class FirmwareInfo
    {
        public const string Version = "0.1.0";
        public const string ProtocolVersion = "ocpp1.6";
    }
}
