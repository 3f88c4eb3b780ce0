namespace ChargePoint.Hal.Metering
{
    /// <summary>Live values of one phase, in SI units.</summary>
    public sealed class PhaseReading
    {
        public double Volts;
        public double Amps;

        /// <summary>Active power (positive = import to the EV).</summary>
        public double Watts;

        /// <summary>−1 … +1.</summary>
        public double PowerFactor;

        /// <summary>Running forward active energy of this phase (persisted).</summary>
        public double EnergyWh;
    }
}
