namespace ChargePoint.Hal.Simulation
{
    /// <summary>An RCD / RDC-DD module (6 mA DC) whose trip output drives <see cref="TripOutput"/> (true = tripped).</summary>
    public sealed class SimulatedRcd
    {
        public SimulatedRcd()
        {
            TripOutput = new SimulatedDigitalInput();
        }

        public SimulatedDigitalInput TripOutput { get; }

        public bool IsTripped
        {
            get { return TripOutput.Value; }
        }

        public long TrippedAtMs { get; private set; } = -1;

        public void Trip(long nowMs)
        {
            TripOutput.Value = true;
            TrippedAtMs = nowMs;
        }

        /// <summary>The residual current is gone / the module was reset: the output returns to normal.</summary>
        public void Reset()
        {
            TripOutput.Value = false;
        }
    }
}
