using System;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>The clocks (a part of Program, not a class of their own): monotonic ms since boot and the RTC's UTC time.</summary>
    public sealed partial class Program : IClock
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
