namespace ChargePoint.Ocpp.Model.SmartCharging
{
    /// <summary>What one profile says at one instant: whether it is active, its limit and unit, and when that may change.</summary>
    public sealed class ScheduleSlice
    {
        public bool Active;

        public double Limit;

        /// <summary>"A" or "W".</summary>
        public string Unit = "A";

        /// <summary>numberPhases of the period, or Absent.Int.</summary>
        public int Phases;

        /// <summary>UTC ms at which this profile's answer may change next (long.MaxValue: never).</summary>
        public long NextChangeMs;
    }
}
