namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>Clock-aligned grid arithmetic (ClockAlignedDataInterval is aligned to midnight UTC).</summary>
    public static class MeterClock
    {
        public const long DayMs = 86400000;

        /// <summary>The first grid point strictly after utcMs. A grid that does not divide the day restarts at midnight.</summary>
        public static long NextBoundary(long utcMs, int intervalSeconds)
        {
            long interval = (long)intervalSeconds * 1000;
            long midnight = utcMs - utcMs % DayMs;
            long k = (utcMs - midnight) / interval + 1;
            long boundary = midnight + k * interval;
            long nextMidnight = midnight + DayMs;
            return boundary > nextMidnight ? nextMidnight : boundary;
        }
    }
}
