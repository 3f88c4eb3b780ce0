namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>
    /// The well-known entry point of an application slot on the ESP32 (the bundle command's default entry type for
    /// .pe files): the loader calls Start(slot, version) after it verified and loaded the slot's assemblies.
    /// </summary>
    public static class AppEntry
    {
        public static void Start(int slot, string version)
        {
            new Program(slot).Start(version, true);
        }
    }
}
