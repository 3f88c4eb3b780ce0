using ChargePoint.Hal.Metering;

namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Settings of <see cref="EvseController"/> and the drivers it builds (<see cref="FaultMonitor"/>,
    /// <see cref="Atm90e32"/>): one class, not one per driver (each type and its constructor are rows in the .pe).
    /// The thresholds and the meter's timing are constants, the same on every board (free in the .pe; make one a field
    /// when a board needs another value).
    /// </summary>
    public sealed class EvseSettings
    {
        /// <summary>IEC 61851-1 Table A.6 seq. 10.2: after the PWM stops, an EV still in C is disconnected under load after this long.</summary>
        public const int PwmStopToOpenMs = 6000;

        /// <summary>
        /// State D needs ventilation; no board of the catalog has it, so D is treated as "not allowed" (contactor stays
        /// open). A constant (free in the .pe): make it a field when a board brings ventilation.
        /// </summary>
        public const bool VentilationAvailable = false;

        // ---------------------------------------------------------------- faults (FaultMonitor)

        /// <summary>Over-temperature trips at or above this (°C) ...</summary>
        public const double OverTemperatureTripCelsius = 80.0;

        /// <summary>... and clears by itself at or below this (°C).</summary>
        public const double OverTemperatureClearCelsius = 70.0;

        /// <summary>Over-current: measured above offered + max(margin amps, margin percent) ...</summary>
        public const double OverCurrentMarginAmps = 2.0;
        public const double OverCurrentMarginPercent = 10.0;

        /// <summary>... for longer than this (the EV has 5 s to follow a lower duty cycle).</summary>
        public const int OverCurrentMaxMs = 6000;

        /// <summary>
        /// Opt-in (default off): a latched RCD trip is retried automatically once the input has been normal for
        /// <see cref="ResidualCurrentRetryDelayMs"/>, at most <see cref="ResidualCurrentMaxRetries"/> times until a
        /// technician or the Central System clears the latch. Off, only those clear it (SmartEVSE practice: latched until
        /// an operator action). The numbers follow OpenEVSE's GFCI auto-retry (5 min, limited count; evse-hardware.md
        /// §3.2), with fewer attempts. evse-hardware.md does not have the IEC 61851-1 / IEC 62955 (RDC-DD) text; it only
        /// notes that the standard's requirements are quoted second-hand.
        /// </summary>
        public bool ResidualCurrentAutoRetry = false;

        public const int ResidualCurrentRetryDelayMs = 300000;

        public const int ResidualCurrentMaxRetries = 3;

        /// <summary>Storage record of the RCD latch: one per connector (each has its own RCD input).</summary>
        public string RcdLatchRecord = FaultMonitor.RcdLatchRecord;

        // ---------------------------------------------------------------- meter (Atm90e32)
        // Start-up and calibration values for the ATM90E32 (from the settings store; calibration per board). Gains and
        // offsets are raw register values, one per phase (A, B, C).

        /// <summary>Nominal gains of the reference front end (the simulation is calibrated to these).</summary>
        public const int DefaultUgain = 39470;
        public const int DefaultIgain = 38000;

        // The meter constant, line frequency, PGA gain, offsets and thresholds are the same on every board: constants (free in
        // the .pe; make one a field when a board needs another value). The gains are calibrated per board.

        /// <summary>Meter constant (imp/kWh); PLconst = 450e9 / MC. 3200 gives 0.003125 Wh per energy LSB.</summary>
        public const int MeterConstant = 3200;

        public const int LineFrequencyHz = 50;

        /// <summary>MMode1 PGA gain code: 0x0000 ×1, 0x0015 ×2, 0x002A ×4.</summary>
        public const int PgaGain = 0;

        public int[] Ugain = PerPhase(DefaultUgain);
        public int[] Igain = PerPhase(DefaultIgain);

        /// <summary>Voltage and current offset registers (raw), every phase.</summary>
        public const int Uoffset = 0;
        public const int Ioffset = 0;

        /// <summary>Sag threshold and over-voltage threshold registers (raw).</summary>
        public const int SagTh = 0x1000;
        public const int OVth = 0xC000;

        /// <summary>Storage record of the meter's running total.</summary>
        public string MeterRecord = "meter.energy";

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
    }
}
