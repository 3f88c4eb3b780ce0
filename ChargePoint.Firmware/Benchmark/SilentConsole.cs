using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>The technician console of the benchmarked charger: no input, output dropped (the log text is still built).</summary>
    public sealed class SilentConsole : IConsoleIo
    {
        public int Lines { get; private set; }

        public string? ReadLine()
        {
            return null;
        }

        public void WriteLine(string line)
        {
            Lines++;
        }
    }
}
