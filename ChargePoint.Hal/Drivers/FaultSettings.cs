namespace ChargePoint.Hal.Drivers
{
    /// <summary>Thresholds of <see cref="FaultMonitor"/>. Defaults are conservative; boards may override.</summary>
    public sealed class FaultSettings
    {
        /// <summary>Over-temperature trips at or above this (°C) ...</summary>
        public double OverTemperatureTripCelsius = 80.0;

        /// <summary>... and clears by itself at or below this (°C).</summary>
        public double OverTemperatureClearCelsius = 70.0;

        /// <summary>Over-current: measured above offered + max(margin amps, margin percent) ...</summary>
        public double OverCurrentMarginAmps = 2.0;
        public double OverCurrentMarginPercent = 10.0;

        /// <summary>... for longer than this (the EV has 5 s to follow a lower duty cycle).</summary>
        public int OverCurrentMaxMs = 6000;

        /// <summary>An RCD trip clears by itself after the input has been normal this long (0 = only by ClearLatched).</summary>
        public int ResidualCurrentAutoClearMs = 60000;
    }
}
