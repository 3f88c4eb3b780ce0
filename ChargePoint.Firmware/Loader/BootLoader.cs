using ChargePoint.Ocpp.Platform;


namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// The platform-free half of the loader: verifies both slots, decides (<see cref="Decide"/>, BootLoader.Decide.cs), stores
    /// the new boot record before anything starts (so a crash in this boot counts), and returns the choice with the slot's
    /// manifest (<see cref="BootRecord.Manifest"/>). The platform half (ESP32: files on I:\, Assembly.Load, Power.RebootDevice; host: an assembly load
    /// context) loads the files the manifest lists and calls the entry type.
    /// </summary>
    public static partial class BootLoader
    {
        /// <summary>
        /// Chooses the slot to start (<see cref="BootRecord.Chosen"/>, its manifest <see cref="BootRecord.Manifest"/>) and
        /// stores the record; a slot that fails to verify is reported in the reason.
        /// </summary>
        public static BootRecord Boot(IStorage storage, string boardId)
        {
            string errorA;
            string errorB;
            SlotManifest a = Verify(storage, Slot.A, boardId, out errorA);
            SlotManifest b = Verify(storage, Slot.B, boardId, out errorB);
            BootRecord stored = BootRecord.Load(storage);
            BootRecord choice = Decide(stored, a != null, b != null, LoaderAbi.DefaultMaxTrialBoots, DefaultCrashLoopBoots);
            choice.Save(storage);
            choice.Manifest = choice.Chosen == Slot.A ? a : choice.Chosen == Slot.B ? b : null;
            return choice;
        }

        /// <summary>The running application is healthy: a trial slot becomes permanent, the crash-loop counter restarts.</summary>
        public static void Confirm(IStorage storage, int runningSlot)
        {
            BootRecord stored = BootRecord.Load(storage);
            BootRecord confirmed = Confirm(stored, runningSlot);
            if (confirmed.ToText() != stored.ToText())
            {
                confirmed.Save(storage);
            }
        }
    }
}
