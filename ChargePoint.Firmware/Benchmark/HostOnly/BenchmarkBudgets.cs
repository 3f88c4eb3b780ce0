using System.Collections.Generic;

namespace ChargePoint.Firmware.Benchmark.HostOnly
{
    /// <summary>
    /// The host-proxy budgets CI enforces (BenchmarkBudgetTests runs the short mode in-process). Host bytes are not
    /// device bytes (64-bit objects, UTF-16 strings), but the same code allocates in the same places: a regression on
    /// the host is one on the device. Each budget gives today's measured value; raise one only with a reason.
    /// </summary>
    public static class BenchmarkBudgets
    {
        /// <summary>Growth allowed over today's figures (noise of other threads, runtime updates).</summary>
        public const double Slack = 1.10;

        /// <summary>Bytes allocated per idle main-loop tick (booted, connected, nothing to send).</summary>
        public const double IdleTickAllocatedBytes = 0;

        /// <summary>Heap retained by the composition (Charger on the simulated board, board and flash records excluded).</summary>
        public const long CompositionBytes = 0;

        /// <summary>Bytes allocated per operation by our codec (BootNotification.req and MeterValues.req payloads).</summary>
        public const double BootParseAllocatedBytes = 0;

        public const double BootSerializeAllocatedBytes = 0;

        public const double MeterValuesParseAllocatedBytes = 0;

        public const double MeterValuesSerializeAllocatedBytes = 0;

        /// <summary>The budgets exceeded by <paramref name="r"/>, one line each (empty: all met).</summary>
        public static List<string> Check(BenchResults r)
        {
            var over = new List<string>();
            Exact("idle tick allocation (B/tick)", r.IdleTickBytes, IdleTickAllocatedBytes, over);
            Within("heap after composition (B)", r.CompositionBytes, CompositionBytes, over);
            Within("BootNotification.req parse (B/op)", r.OursBootParse.AllocatedBytes, BootParseAllocatedBytes, over);
            Within("BootNotification.req serialize (B/op)", r.OursBootSerialize.AllocatedBytes, BootSerializeAllocatedBytes, over);
            Within("MeterValues.req parse (B/op)", r.OursMeterValuesParse.AllocatedBytes, MeterValuesParseAllocatedBytes, over);
            Within("MeterValues.req serialize (B/op)", r.OursMeterValuesSerialize.AllocatedBytes, MeterValuesSerializeAllocatedBytes, over);
            return over;
        }

        private static void Exact(string what, double value, double budget, List<string> over)
        {
            if (value > budget)
            {
                over.Add(what + ": " + value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + ", budget " + budget);
            }
        }

        private static void Within(string what, double value, double today, List<string> over)
        {
            double limit = today * Slack;
            if (value > limit)
            {
                over.Add(what + ": " + value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + ", budget "
                    + limit.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " (today " + today + " + 10 %)");
            }
        }
    }
}
