using ChargePoint.Ocpp.Platform;


namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// Installs a checked bundle into the slot that is not running, then puts it on trial. Order, for power cuts at any
    /// byte: the target slot's manifest goes first (the slot stops verifying), then its old files, then the new files
    /// are copied chunk by chunk (hashed again on the way), then the manifest is written atomically, the slot verified
    /// from storage, and only then the boot record names it as the trial. A cut before the last step leaves the
    /// running slot as it was; installing again starts from the bundle. (A part of BundleJob, which does the install a few
    /// chunks per step: one type in the .pe.)
    /// </summary>
    public sealed partial class BundleJob
    {
        /// <summary>The slot an install writes: the one that is neither running nor active.</summary>
        public static int TargetSlot(BootRecord record, int runningSlot)
        {
            int keep = runningSlot != Slot.Factory ? runningSlot : record.Active;
            return keep == Slot.A ? Slot.B : Slot.A;
        }

        /// <summary>Removes the slot's manifest first (so a cut mid-way leaves a slot that does not verify), then its files.</summary>
        public static void Erase(IStorage storage, int slot)
        {
            string manifest = Slot.ManifestRecord(slot);
            if (storage.Exists(manifest))
            {
                storage.Delete(manifest);
            }

            string prefix = Slot.FileRecord(slot, string.Empty);
            string[] names = storage.List();
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i].Length > prefix.Length && names[i].Substring(0, prefix.Length) == prefix)
                {
                    storage.Delete(names[i]);
                }
            }
        }
    }
}
