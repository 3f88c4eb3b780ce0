namespace ChargePoint.Firmware.Loader
{
    /// <summary>The application slots: <see cref="Factory"/> is the application deployed with the loader.</summary>
    public static class Slot
    {
        public const int Factory = 0;

        public const int A = 1;

        public const int B = 2;

        /// <summary>"A", "B" or "factory".</summary>
        public static string Name(int slot) => slot == A ? "A" : slot == B ? "B" : "factory";

        /// <summary>Storage record of the slot's manifest: "slot.a.manifest".</summary>
        public static string ManifestRecord(int slot) => (slot == A ? "slot.a." : "slot.b.") + "manifest";

        /// <summary>Storage record of one of the slot's files: "slot.a.f.ChargePoint.Ocpp.pe".</summary>
        public static string FileRecord(int slot, string fileName) => (slot == A ? "slot.a." : "slot.b.") + "f." + fileName;
    }
}
