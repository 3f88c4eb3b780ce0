using System;

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

        // Conversions between DateTime (UTC) and milliseconds since 1970 (here rather than in a class of their own: one type fewer).
        internal const long EpochTicks = 621355968000000000;

        public static DateTime ToDateTime(long utcMs)
        {
            return new DateTime(EpochTicks + utcMs * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        }

        public static long ToMs(DateTime utc)
        {
            return (utc.Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;
        }
    }
}
