using System.Collections;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Tests.Fuzz
{
    /// <summary>
    /// The console the fuzzers type into. Keeps no transcript (a million inputs would not fit); remembers the lines
    /// that betray a swallowed crash ("... failed: ...") and counts what was written.
    /// </summary>
    public sealed class FuzzConsole : IConsoleIo
    {
        private readonly Queue _input = new Queue();

        public int LinesWritten { get; private set; }

        /// <summary>The last line showing an exception caught by a catch-all (command or callback), or empty.</summary>
        public string Crash { get; set; } = string.Empty;

        public void Type(string line)
        {
            _input.Enqueue(line);
        }

        public string? ReadLine()
        {
            return _input.Count == 0 ? null : (string?)_input.Dequeue();
        }

        public void WriteLine(string line)
        {
            LinesWritten++;
            if (line.IndexOf(" failed: ") >= 0)
            {
                Crash = line;
            }
        }
    }
}
