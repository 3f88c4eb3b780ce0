using System;

namespace ChargePoint.Tests
{
    /// <summary>UTC instants for tests; nanoFramework has no (y, m, d, h, m, s, kind) DateTime constructor.</summary>
    public static class Utc
    {
        public static DateTime At(int year, int month, int day, int hour, int minute, int second)
        {
            return new DateTime(new DateTime(year, month, day, hour, minute, second).Ticks, DateTimeKind.Utc);
        }
    }
}
