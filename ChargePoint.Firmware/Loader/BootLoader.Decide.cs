namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// The loader's choice, a pure function of the boot record and which slots verify. A slot on trial boots at most
    /// maxTrialBoots times without confirming, then the loader goes back to the active slot (outcome RolledBack). A
    /// confirmed slot that boots crashLoopBoots times without confirming (a crash loop) falls back to the previous
    /// slot when that one still verifies. A slot that does not verify never boots; with none left, the factory
    /// application (deployed with the loader) boots and can take a new update. The choice is the record to store
    /// first, with <see cref="BootRecord.Chosen"/> and <see cref="BootRecord.Reason"/> set. (The boot decision: a part of
    /// BootLoader, pure static functions; one type in the .pe.)
    /// </summary>
    public static partial class BootLoader
    {
        /// <summary>Boots without a confirmation after which a confirmed slot counts as crash-looping.</summary>
        public const int DefaultCrashLoopBoots = 10;

        public static BootRecord Decide(BootRecord stored, bool aValid, bool bValid, int maxTrialBoots, int crashLoopBoots)
        {
            BootRecord r = stored.Copy();
            r.Boots++;
            if (r.HasTrial)
            {
                int trial = r.Trial;
                bool trialValid = Valid(trial, aValid, bValid);
                if (trialValid && stored.Boots < maxTrialBoots)
                {
                    return Choose(r, trial, "slot " + Slot.Name(trial) + " on trial, boot " + r.Boots.ToString() + " of " + maxTrialBoots.ToString());
                }

                r.Trial = Slot.Factory;
                r.Outcome = BootRecord.RolledBack;
                r.OutcomeSlot = trial;
                r.Boots = 1;
                string why = trialValid ? "never confirmed in " + maxTrialBoots.ToString() + " boots" : "does not verify";
                return Fallback(r, aValid, bValid, "trial slot " + Slot.Name(trial) + " " + why + ": rolled back");
            }

            if (r.Active != Slot.Factory && Valid(r.Active, aValid, bValid))
            {
                if (stored.Boots >= crashLoopBoots && r.Previous != Slot.Factory && r.Previous != r.Active && Valid(r.Previous, aValid, bValid))
                {
                    int failed = r.Active;
                    r.Active = r.Previous;
                    r.Previous = failed;
                    r.Boots = 1;
                    return Choose(r, r.Active, "slot " + Slot.Name(failed) + " crash loop; slot " + Slot.Name(r.Active));
                }

                return Choose(r, r.Active, "slot " + Slot.Name(r.Active));
            }

            return Fallback(r, aValid, bValid, r.Active == Slot.Factory ? "no active slot" : "active slot " + Slot.Name(r.Active) + " does not verify");
        }

        /// <summary>The record after the running application confirmed it is healthy: a trial slot becomes the active one.</summary>
        public static BootRecord Confirm(BootRecord stored, int runningSlot)
        {
            BootRecord r = stored.Copy();
            r.Boots = 0;
            if (r.HasTrial && r.Trial == runningSlot)
            {
                if (r.Active != runningSlot)
                {
                    r.Previous = r.Active;
                }

                r.Active = runningSlot;
                r.Trial = Slot.Factory;
                r.Outcome = BootRecord.Confirmed;
                r.OutcomeSlot = runningSlot;
            }

            return r;
        }

        /// <summary>The record with slot put on trial (after it was installed and verified); the previous outcome is cleared.</summary>
        public static BootRecord StartTrial(BootRecord stored, int slot)
        {
            BootRecord r = stored.Copy();
            r.Trial = slot;
            r.Boots = 0;
            r.Outcome = BootRecord.NoOutcome;
            r.OutcomeSlot = slot;
            return r;
        }

        private static BootRecord Fallback(BootRecord r, bool aValid, bool bValid, string reason)
        {
            if (r.Active != Slot.Factory && Valid(r.Active, aValid, bValid))
            {
                return Choose(r, r.Active, reason + "; slot " + Slot.Name(r.Active));
            }

            if (r.Previous != Slot.Factory && Valid(r.Previous, aValid, bValid))
            {
                r.Active = r.Previous;
                r.Previous = Slot.Factory;
                return Choose(r, r.Active, reason + "; previous slot " + Slot.Name(r.Active));
            }

            r.Active = Slot.Factory;
            return Choose(r, Slot.Factory, reason + "; factory application");
        }

        private static BootRecord Choose(BootRecord r, int slot, string reason)
        {
            r.Chosen = slot;
            r.Reason = reason;
            return r;
        }

        private static bool Valid(int slot, bool aValid, bool bValid) => slot == Slot.A ? aValid : slot == Slot.B && bValid;
    }
}
