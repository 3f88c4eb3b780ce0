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

        public readonly int Boot;

        public readonly long MonoMs;

        public readonly long UtcMs;
    }
}
