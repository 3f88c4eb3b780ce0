namespace ChargePoint.Firmware.Benchmark.NanoOnly
{
    /// <summary>The nanoCLR heap: nanoFramework.Runtime.Native.GC.Run(bool) collects and returns the free bytes; nothing counts allocations.</summary>
    public sealed class NanoMemoryProbe : IMemoryProbe
    {
        public string Name
        {
            get { return "nanoCLR, GC.Run(true)"; }
        }

        public long FreeBytes()
        {
            return nanoFramework.Runtime.Native.GC.Run(true);
        }

        public long LiveBytes()
        {
            return -1;
        }

        public long AllocatedBytes()
        {
            return -1;
        }

        public long ModelBytes(object root)
        {
            return -1;
        }

        public void Collect()
        {
            nanoFramework.Runtime.Native.GC.Run(false);
        }
    }
}
