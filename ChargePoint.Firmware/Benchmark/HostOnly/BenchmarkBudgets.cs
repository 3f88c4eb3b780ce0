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

        /// <summary>
        /// Bytes allocated per idle main-loop tick (booted, connected, nothing to send). The goal is 0. Today 73.6 (short
        /// mode, 800 ticks): ReservationService.Tick clones its slot array every tick (40 B), SecurityEventQueue.Tick
        /// allocates the closure class of its RequestCall lambda on entry, before its early return (32 B), and
        /// EvseController.Tick allocates about 64 B every 40 ticks (1.6 B). Held at today's value until fixed: lower it then.
        /// </summary>
        public const double IdleTickAllocatedBytes = 73.6;

        /// <summary>
        /// Heap retained by one composition (Charger on the simulated board; board and simulated-flash records excluded;
        /// mean of 8). Today 27,137 B (.NET 10.0.12 x64, test host 26,607-27,111). The issue wants it halved.
        /// </summary>
        public const long CompositionBytes = 27137;

        /// <summary>Bytes allocated per operation by our codec (payloads of CodecPayloads). Today: 504.</summary>
        public const double BootParseAllocatedBytes = 504;

        /// <summary>Today: 584 (the payload string and nothing else).</summary>
        public const double BootSerializeAllocatedBytes = 584;

        /// <summary>Today: 1,712 (10 sampled values).</summary>
        public const double MeterValuesParseAllocatedBytes = 1712;

        /// <summary>Today: 2,496 (the payload string and nothing else).</summary>
        public const double MeterValuesSerializeAllocatedBytes = 2496;

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
            if (value > budget + 0.05)
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
