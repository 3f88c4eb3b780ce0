namespace ChargePoint.Firmware.Loader
{
    /// <summary>What <see cref="BootDecision.Decide"/> chose: the slot to start, the record to store first, and why.</summary>
    public sealed class BootChoice
    {
        public BootChoice(int slot, BootRecord record, string reason)
        {
            Slot = slot;
            Record = record;
            Reason = reason;
        }

        /// <summary><see cref="Loader.Slot.A"/>, <see cref="Loader.Slot.B"/> or <see cref="Loader.Slot.Factory"/>.</summary>
        public readonly int Slot;

        /// <summary>Stored before the application starts, so a crash during this boot is counted.</summary>
        public readonly BootRecord Record;

        public readonly string Reason;
    }
}
