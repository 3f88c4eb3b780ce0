using System.Collections.Generic;

namespace ChargePoint.Firmware.Benchmark.HostOnly
{
    /// <summary>
    /// Host entry point: dotnet run -c Release --project ChargePoint.Firmware/Benchmark [-- --quick]. Prints the table,
    /// then checks the host-proxy budgets (<see cref="BenchmarkBudgets"/>) and that the scenarios ran as designed. Exit codes: 0 within budget, 1 over, 2 usage.
    /// </summary>
    public static class HostProgram
    {
        public static int Main(string[] args)
        {
            bool quick = false;
            foreach (string a in args)
            {
                if (a == "--quick" || a == "--short")
                {
                    quick = true;
                }
                else
                {
                    System.Console.Error.WriteLine("usage: ChargePoint.Firmware.Benchmark [--quick]");
                    return 2;
                }
            }

            BenchmarkRun run = HostBenchmark.Run(quick);
            System.Console.WriteLine(run.Table.ToString());
            List<string> over = BenchmarkBudgets.Check(run.Results);
            if (!run.Results.WorstTickHadJournalWrite)
            {
                over.Add("Worst tick scenario: the worst tick must include a journal write");
            }

            if (run.Results.ChargingMeterValues < 2)
            {
                over.Add("Charging scenario: fewer than 2 meter values during the charging ticks");
            }

            foreach (string line in over)
            {
                System.Console.WriteLine("OVER BUDGET: " + line);
            }

            System.Console.WriteLine(over.Count == 0 ? "host budgets: all met" : "host budgets: " + over.Count + " exceeded");
            return over.Count == 0 ? 0 : 1;
        }
    }
}
