namespace ChargePoint.Firmware.App
{
    /// <summary>The first line the firmware prints on the console.</summary>
    public static class Banner
    {
        public static string Text(string boardName)
        {
            return "ChargePoint firmware " + ChargePoint.Ocpp.OcppChargePointOptions.FirmwareVersion + " on " + boardName;
        }
    }
}
