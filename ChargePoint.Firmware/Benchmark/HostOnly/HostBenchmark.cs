namespace ChargePoint.Firmware.Benchmark.HostOnly
{
    /// <summary>The benchmark with the host probes (System.GC, Stopwatch, System.Text.Json): used by the host program and the CI test.</summary>
    public static class HostBenchmark
    {
        public static BenchmarkRun Run(bool quick)
        {
            var run = new BenchmarkRun(new HostMemoryProbe(), new HostTimer(), new StjPeer(), BenchOptions.Host(quick));
            run.Run();
            return run;
        }
    }
}
