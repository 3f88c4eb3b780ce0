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

        /// <summary>
        /// The lowest of three full-collection readings: GetTotalMemory counts every thread, and in a test host other
        /// threads (output capture, the runner's channel) hold short-lived objects that a single reading can catch.
        /// </summary>
        public long LiveBytes()
        {
            long best = long.MaxValue;
            for (int i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long live = GC.GetTotalMemory(true);
                best = live < best ? live : best;
            }

            return best;
        }

        public long AllocatedBytes()
        {
            return GC.GetAllocatedBytesForCurrentThread();
        }

        public long ModelBytes(object root)
        {
            return NanoHeapModel.Bytes(root);
        }

        public void Collect()
        {
            GC.Collect();
        }
    }
}
