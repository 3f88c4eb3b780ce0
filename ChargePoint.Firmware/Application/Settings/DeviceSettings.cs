namespace ChargePoint.Firmware.Settings
{
    /// <summary>
    /// The charger's own settings (not OCPP keys). A plain value object: the store validates a changed copy
    /// and swaps it in only after the record is written, so a rejected change leaves nothing half-applied.
    /// </summary>
    public sealed class DeviceSettings
    {
        public const int DefaultMaxCurrentA = 32;

        public string CentralSystemUrl = string.Empty;
        public string ChargePointId = "CP_1";
        public string WifiSsid = string.Empty;
        public string WifiPassword = string.Empty;
        public int MaxCurrentA = DefaultMaxCurrentA;
        public string Board = ChargePoint.Hal.Boards.BoardCatalog.Default;

        /// <summary>ATM90E32 voltage gain (Ugain register, same for all phases; 0 = driver default).</summary>
        public int MeterVoltageGain;

        /// <summary>ATM90E32 current gain (IgainN register, same for all phases; 0 = driver default).</summary>
        public int MeterCurrentGain;

        public int LogLevel = ChargePoint.Firmware.App.Charger.LevelInfo;
        public bool FrameTrace;

        /// <summary>Opt-in automatic retry of a latched RCD trip (EvseSettings.ResidualCurrentAutoRetry); off by default.</summary>
        public bool RcdAutoRetry;

        /// <summary>The supply's limit (A per phase) shared among the connectors with the ChargePointMaxProfile; 0 = none.</summary>
        public int SiteLimitA;

        /// <summary>A copy to change (every field is a value or an immutable string).</summary>
        public DeviceSettings Clone()
        {
            return (DeviceSettings)MemberwiseClone();
        }
    }
}
