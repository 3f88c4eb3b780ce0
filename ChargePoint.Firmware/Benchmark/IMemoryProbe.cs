namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// What the runtime tells about its heap. Device (NanoOnly): nanoFramework.Runtime.Native.GC.Run(true) gives the free
    /// bytes after a compacting collection and nothing else. Host (HostOnly): System.GC gives live bytes and an exact
    /// per-thread allocation counter. A figure the runtime cannot give is -1.
    /// </summary>
    public interface IMemoryProbe
    {
        /// <summary>"nanoCLR GC.Run(true)" or "host System.GC".</summary>
        string Name { get; }

        /// <summary>Free bytes of the managed heap after a full, compacting collection (device); -1 on the host.</summary>
        long FreeBytes();

        /// <summary>Live bytes after a full collection (host: GC.GetTotalMemory(true)); -1 on the device.</summary>
        long LiveBytes();

        /// <summary>Bytes allocated by this thread so far (host: GC.GetAllocatedBytesForCurrentThread); -1 on the device.</summary>
        long AllocatedBytes();

        /// <summary>
        /// The heap the object graph from root would take at the interpreter's layout, by a model (host: a reflection
        /// walk, HostOnly/NanoHeapModel); -1 on the device, which measures instead.
        /// </summary>
        long ModelBytes(object root);

        /// <summary>A (non-compacting) collection, as the runtime would run one when the heap runs short.</summary>
        void Collect();
    }
}
