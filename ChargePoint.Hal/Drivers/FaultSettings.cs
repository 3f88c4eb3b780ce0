namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Thresholds of <see cref="FaultMonitor"/>. The trip thresholds are conservative constants, the same on every
    /// board (free in the .pe; make one a field when a board needs another value); the RCD retry policy is set per charger.
    /// </summary>
    public sealed class FaultSettings
    {
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

        public int ResidualCurrentRetryDelayMs = 300000;

        public int ResidualCurrentMaxRetries = 3;

        /// <summary>Storage record of the RCD latch: one per connector (each has its own RCD input).</summary>
        public string RcdLatchRecord = FaultMonitor.RcdLatchRecord;
    }
}
