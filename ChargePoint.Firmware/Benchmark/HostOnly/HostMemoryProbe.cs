using System;

namespace ChargePoint.Firmware.Benchmark.HostOnly
{
    /// <summary>The host heap: live bytes after a full blocking collection and the exact per-thread allocation counter.</summary>
    public sealed class HostMemoryProbe : IMemoryProbe
    {
        public string Name
        {
            get { return "host .NET " + Environment.Version + ", System.GC"; }
        }

        public long FreeBytes()
        {
            return -1;
        }

        public long LiveBytes()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(true);
        }

        public long AllocatedBytes()
        {
            return GC.GetAllocatedBytesForCurrentThread();
        }

        public void Collect()
        {
            GC.Collect();
        }
    }
}
