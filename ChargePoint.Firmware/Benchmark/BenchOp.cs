namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>One measured operation; returns what it produced so that it stays reachable while retained bytes are measured.</summary>
    public delegate object BenchOp();
}
