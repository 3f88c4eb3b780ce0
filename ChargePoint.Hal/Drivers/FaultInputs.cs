namespace ChargePoint.Hal.Drivers
{
    /// <summary>What <see cref="FaultMonitor"/> looks at each tick; filled by <see cref="EvseController"/> (reused, no allocation).</summary>
    public sealed class FaultInputs
    {
        public PilotState Pilot;

        /// <summary>Current offered on the PWM (0 when no PWM).</summary>
        public double OfferedAmps;

        /// <summary>Highest measured phase current.</summary>
        public double MeasuredAmps;

        /// <summary>Measured temperature (°C); NaN when unknown.</summary>
        public double TemperatureCelsius = double.NaN;

        public bool ContactorWelded;
        public bool ContactorFailedToClose;
        public bool MeterFailed;

        /// <summary>EV connected but PP out of range (socket boards).</summary>
        public bool ProximityInvalid;
    }
}
