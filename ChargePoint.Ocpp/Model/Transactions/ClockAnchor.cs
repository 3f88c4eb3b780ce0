namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>The moment a boot's clock was first set: maps that boot's monotonic time to UTC.</summary>
    public sealed class ClockAnchor
    {
        public ClockAnchor(int boot, long monoMs, long utcMs)
        {
            Boot = boot;
            MonoMs = monoMs;
            UtcMs = utcMs;
        }

        public int Boot { get; }

        public long MonoMs { get; }

        public long UtcMs { get; }
    }
}
