using System.Threading;

namespace ChargePoint.Firmware.Benchmark.NanoOnly
{
    /// <summary>
    /// Device entry point: runs the benchmark once on the simulated board and prints the table on the console
    /// (serial / nanoclr output), then idles. Deploy with nanoff or run in the nanoCLR (README, section Benchmarks).
    /// </summary>
    public static class Program
    {
        /// <summary>Short mode by default: the interpreter is slow and the full mode adds little on the device.</summary>
        public const bool Quick = true;

        public static void Main()
        {
            System.Console.WriteLine("ChargePoint.Firmware.Benchmark starting");
            var run = new BenchmarkRun(new NanoMemoryProbe(), new NanoTimer(), new NanoJsonPeer(), BenchOptions.Device(Quick));
            try
            {
                run.Run();
            }
            catch (System.Exception e)
            {
                System.Console.WriteLine("benchmark failed: " + e.Message);
            }

            System.Console.WriteLine(run.Table.ToString());
            System.Console.WriteLine("ChargePoint.Firmware.Benchmark done");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
