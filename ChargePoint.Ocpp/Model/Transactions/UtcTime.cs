using System;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Conversions between DateTime (UTC) and the journal's milliseconds since 1970.</summary>
    public static class UtcTime
    {
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
