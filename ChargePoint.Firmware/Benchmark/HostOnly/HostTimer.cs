using System.Diagnostics;

namespace ChargePoint.Firmware.Benchmark.HostOnly
{
    /// <summary>Stopwatch time in 100 ns ticks.</summary>
    public sealed class HostTimer : IBenchTimer
    {
        public long Ticks()
        {
            long t = Stopwatch.GetTimestamp();
            return Stopwatch.Frequency == 10000000 ? t : (long)(t * (10000000.0 / Stopwatch.Frequency));
        }
    }
}
