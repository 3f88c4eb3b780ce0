using System;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>Monotonic ms since boot (Environment.TickCount64) and the RTC's UTC time.</summary>
    public sealed class Esp32Clock : IMonotonicClock, IUtcClock
    {
        public long NowMs
        {
            get { return Environment.TickCount64; }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }
    }
}
