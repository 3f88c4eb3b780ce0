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
            BenchmarkRun run = HostBenchmark.Run(true);
            string table = run.Table.ToString();
            System.Console.WriteLine(table);
            BenchResults r = run.Results;
            Assert.IsTrue(r.WorstTickHadJournalWrite, "the worst tick must include a journal write\n" + table);
            Assert.IsTrue(r.ChargingMeterValues >= 2, "meter values during the charging ticks\n" + table);
            List<string> over = BenchmarkBudgets.Check(r);
            Assert.AreEqual(0, over.Count, "over budget:\n  " + string.Join("\n  ", over) + "\n" + table);
        }
    }
}
