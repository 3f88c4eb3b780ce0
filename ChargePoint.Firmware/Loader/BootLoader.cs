using ChargePoint.Ocpp.Platform;


namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// The platform-free half of the loader: verifies both slots, decides (<see cref="BootDecision"/>), stores the new
    /// boot record before anything starts (so a crash in this boot counts), and returns the choice with the slot's
    /// manifest. The platform half (ESP32: files on I:\, Assembly.Load, Power.RebootDevice; host: an assembly load
    /// context) loads the files the manifest lists and calls the entry type.
    /// </summary>
    public sealed partial class BootLoader
    {
        private readonly IStorage _storage;
        private readonly string _boardId;

        public BootLoader(IStorage storage, string boardId)
        {
            _storage = storage;
            _boardId = boardId;
        }

        /// <summary>The manifest of the chosen slot (null for the factory application), after <see cref="Boot"/>.</summary>
        public SlotManifest Manifest;

        /// <summary>
        /// Chooses the slot to start (<see cref="BootRecord.Chosen"/>) and stores the record; a slot that fails to
        /// verify is reported in the reason.
        /// </summary>
        public BootRecord Boot()
        {
            string errorA;
            string errorB;
            SlotManifest a = Verify(_storage, Slot.A, _boardId, out errorA);
            SlotManifest b = Verify(_storage, Slot.B, _boardId, out errorB);
            BootRecord stored = BootRecord.Load(_storage);
            BootRecord choice = BootDecision.Decide(stored, a != null, b != null, LoaderAbi.DefaultMaxTrialBoots, BootDecision.DefaultCrashLoopBoots);
            choice.Save(_storage);
            Manifest = choice.Chosen == Slot.A ? a : choice.Chosen == Slot.B ? b : null;
            return choice;
        }

        /// <summary>The running application is healthy: a trial slot becomes permanent, the crash-loop counter restarts.</summary>
        public static void Confirm(IStorage storage, int runningSlot)
        {
            BootRecord stored = BootRecord.Load(storage);
            BootRecord confirmed = BootDecision.Confirm(stored, runningSlot);
            if (confirmed.ToText() != stored.ToText())
            {
                confirmed.Save(storage);
            }
        }
    }
}
