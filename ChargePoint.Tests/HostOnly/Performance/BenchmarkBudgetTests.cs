using System.Collections.Generic;
using System.Diagnostics;
using ChargePoint.Firmware.Benchmark.HostOnly;
using ChargePoint.Tests.HostOnly.Compat;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Performance
{
    /// <summary>
    /// CI's performance gate: the benchmark program's host twin (ChargePoint.Firmware/Benchmark) in short mode against
    /// the host-proxy budgets of <see cref="BenchmarkBudgets"/> (idle tick allocation, heap after composition, online
    /// idle and in a session, allocation per message). It runs in its own process: GC.GetTotalMemory counts every thread
    /// of a process, and inside the test host the tests running in parallel raised the heap figures by several KB.
    /// Prints the table into the test output.
    /// </summary>
    [TestClass]
    public class BenchmarkBudgetTests
    {
        private const string OverPrefix = "OVER BUDGET: ";

        [TestMethod]
        public void Short_benchmark_stays_within_the_host_budgets()
        {
            // A real regression is over the same budget on every attempt; a machine busy with other work is not.
            string report = string.Empty;
            List<string>? alwaysOver = null;
            for (int attempt = 1; attempt <= 3; attempt++)
            {
                string output = RunBenchmark(out int exitCode);
                System.Console.WriteLine(output);
                Assert.IsTrue(exitCode == 0 || exitCode == 1, "benchmark exit code " + exitCode + "\n" + output);
                var names = new List<string>();
                foreach (string line in output.Split('\n'))
                {
                    if (!line.StartsWith(OverPrefix))
                    {
                        continue;
                    }

                    string item = line.Substring(OverPrefix.Length);
                    string name = item.Substring(0, item.IndexOf(':'));
                    if (alwaysOver == null || alwaysOver.Contains(name))
                    {
                        names.Add(name);
                    }
                }

                Assert.AreEqual(exitCode == 0, output.Contains("host budgets: all met"), "exit code and verdict disagree\n" + output);
                alwaysOver = names;
                if (alwaysOver.Count == 0)
                {
                    return;
                }

                report += "attempt " + attempt + " over budget: " + string.Join(", ", alwaysOver) + "\n" + output + "\n";
            }

            Assert.AreEqual(string.Empty, report, "over budget on every attempt");
        }

        private static string RunBenchmark(out int exitCode)
        {
            string dll = RepoPaths.ProjectOutput("ChargePoint.Firmware/Benchmark", "ChargePoint.Firmware.Benchmark.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--quick");
            using Process process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.IsTrue(process.WaitForExit(300_000), "the benchmark did not finish in 5 minutes");
            exitCode = process.ExitCode;
            return stdout + stderr.Result;
        }
    }
}
