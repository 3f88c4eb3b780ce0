namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>A monotonic real-time counter in 100 ns ticks (host: Stopwatch; device: DateTime.UtcNow.Ticks).</summary>
    public interface IBenchTimer
    {
        long Ticks();
    }
}
