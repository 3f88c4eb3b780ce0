using System;
using System.Diagnostics;
using ChargePoint.Tests.Fuzz;

namespace ChargePoint.Fuzz
{
    /// <summary>Runs the fuzzers with many inputs and prints one line per target; exit 1 on any failure.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int inputs = args.Length > 0 ? int.Parse(args[0]) : 1000000;
            uint seed = args.Length > 1 ? uint.Parse(args[1]) : 1u;
            string target = args.Length > 2 ? args[2] : "all";
            int failures = 0;
            foreach (string name in new[] { "frame", "console", "stored-record" })
            {
                if (target != "all" && target != name)
                {
                    continue;
                }

                var watch = Stopwatch.StartNew();
                FuzzResult result = name == "frame" ? FrameFuzzer.Run(inputs, seed)
                    : name == "console" ? ConsoleFuzzer.Run(inputs, seed)
                    : StoredRecordFuzzer.Run(inputs, seed);
                Console.WriteLine(result.Summary() + " [" + watch.Elapsed.TotalSeconds.ToString("F0") + " s]");
                failures += result.Failures;
            }

            return failures == 0 ? 0 : 1;
        }
    }
}
