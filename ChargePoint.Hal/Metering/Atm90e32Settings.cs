namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// Start-up and calibration values for the ATM90E32 (from the settings store; calibration per board).
    /// Gains and offsets are raw register values, one per phase (A, B, C).
    /// </summary>
    public sealed class Atm90e32Settings
    {
        /// <summary>Nominal gains of the reference front end (the simulation is calibrated to these).</summary>
        public const int DefaultUgain = 39470;
        public const int DefaultIgain = 38000;

        /// <summary>Meter constant (imp/kWh); PLconst = 450e9 / MC. 3200 gives 0.003125 Wh per energy LSB.</summary>
        public int MeterConstant = 3200;

        public int LineFrequencyHz = 50;

        /// <summary>MMode1 PGA gain code: 0x0000 ×1, 0x0015 ×2, 0x002A ×4.</summary>
        public int PgaGain;

        public int[] Ugain = PerPhase(DefaultUgain);
        public int[] Igain = PerPhase(DefaultIgain);
        public int[] Uoffset = new int[] { 0, 0, 0 };
        public int[] Ioffset = new int[] { 0, 0, 0 };

        /// <summary>Sag threshold and over-voltage threshold registers (raw).</summary>
        public int SagTh = 0x1000;
        public int OVth = 0xC000;

        // Driver timing, the same on every board: constants (free in the .pe), not settings nothing sets.

        /// <summary>Polling period of the live values and energy registers.</summary>
        public const int PollIntervalMs = 1000;

        /// <summary>Consecutive failed start-ups before the meter is reported failed.</summary>
        public const int MaxInitAttempts = 3;

        /// <summary>Wait between start-up retries.</summary>
        public const int RetryIntervalMs = 2000;

        /// <summary>Consecutive polls with SPI echo mismatches before a re-initialisation.</summary>
        public const int MaxCommErrorPolls = 3;

        /// <summary>The running total is written when it grew by this much (Wh) ...</summary>
        public const double PersistStepWh = 10.0;

        /// <summary>... or when it changed and this long has passed.</summary>
        public const int PersistIntervalMs = 300000;

        // Not an array initialiser: each constant one is a static data field with a 64-character name in the .pe.
        private static int[] PerPhase(int value)
        {
            return new int[] { value, value, value };
        }

        /// <summary>Storage record of the running total.</summary>
        public string StorageName = "meter.energy";
    }
}
