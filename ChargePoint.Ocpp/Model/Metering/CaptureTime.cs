namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// When something was captured. UtcMs is 0 while the clock has never been set in this boot; then the
    /// (Boot, MonoMs) pair lets the journal re-stamp it once the clock is set (see TransactionJournal).
    /// </summary>
    public sealed class CaptureTime
    {
        public CaptureTime(long utcMs, int boot, long monoMs)
        {
            UtcMs = utcMs;
            Boot = boot;
            MonoMs = monoMs;
        }

        /// <summary>Milliseconds since 1970-01-01 UTC, or 0 when the clock was not set.</summary>
        public readonly long UtcMs;

        public readonly int Boot;

        /// <summary>Monotonic milliseconds of that boot.</summary>
        public readonly long MonoMs;
    }
}
