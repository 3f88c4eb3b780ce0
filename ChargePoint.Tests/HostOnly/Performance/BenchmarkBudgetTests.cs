using System.Collections.Generic;
using ChargePoint.Firmware.Benchmark;
using ChargePoint.Firmware.Benchmark.HostOnly;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Performance
{
    /// <summary>
    /// CI's performance gate: the benchmark program's host twin (ChargePoint.Firmware/Benchmark) in short mode,
    /// in-process, against the host-proxy budgets of <see cref="BenchmarkBudgets"/> (idle tick allocation, heap after
    /// composition, allocation per message). Prints the table into the test output.
    /// </summary>
    [TestClass]
    public class BenchmarkBudgetTests
    {
        [TestMethod]
        public void Short_benchmark_stays_within_the_host_budgets()
        {
            // Heap figures come from GC.GetTotalMemory, which other threads of the test host (JIT, process readers)
            // can raise; a real regression is over budget on every attempt, noise is not. Up to three attempts.
            string report = string.Empty;
            for (int attempt = 1; attempt <= 3; attempt++)
            {
                BenchmarkRun run = HostBenchmark.Run(true);
                string table = run.Table.ToString();
                System.Console.WriteLine(table);
                BenchResults r = run.Results;
                Assert.IsTrue(r.WorstTickHadJournalWrite, "the worst tick must include a journal write\n" + table);
                Assert.IsTrue(r.ChargingMeterValues >= 2, "meter values during the charging ticks\n" + table);
                List<string> over = BenchmarkBudgets.Check(r);
                if (over.Count == 0)
                {
                    return;
                }

                report += "attempt " + attempt + " over budget:\n  " + string.Join("\n  ", over) + "\n" + table + "\n";
            }

            Assert.AreEqual(string.Empty, report, "over budget on every attempt");
        }
    }
}
