using System;

namespace ChargePoint.Firmware.Benchmark.NanoOnly
{
    /// <summary>Real time on the device: DateTime.UtcNow in 100 ns ticks (the benchmark never sets the clock).</summary>
    public sealed class NanoTimer : IBenchTimer
    {
        public long Ticks()
        {
            return DateTime.UtcNow.Ticks;
        }
    }
}
