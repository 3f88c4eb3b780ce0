using ChargePoint.Tests.Fuzz;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>
    /// Short deterministic passes of the fuzzers (CI); eng/Fuzz runs the same code with a million inputs. A failure
    /// prints the seed, the input number and the input, so it replays exactly.
    /// </summary>
    [TestClass]
    public class FuzzTests
    {
        [TestMethod]
        public void Mutated_frames_never_crash_the_charger_and_it_keeps_answering()
        {
            FuzzResult result = FrameFuzzer.Run(400, 11);
            Assert.AreEqual(0, result.Failures, result.Summary());
            Assert.AreEqual(400, result.Inputs);
            Assert.IsTrue(result.ProbesAnswered > 0, "the fuzzed charger was online: " + result.Summary());
        }

        [TestMethod]
        public void Mutated_console_lines_never_crash_the_charger()
        {
            FuzzResult result = ConsoleFuzzer.Run(400, 12);
            Assert.AreEqual(0, result.Failures, result.Summary());
            Assert.IsTrue(result.ProbesAnswered > 0, result.Summary());
        }

        [TestMethod]
        public void Torn_flipped_and_truncated_stored_records_never_crash_the_reboot()
        {
            FuzzResult result = StoredRecordFuzzer.Run(150, 13);
            Assert.AreEqual(0, result.Failures, result.Summary());
            Assert.IsTrue(result.ProbesAnswered > 0, result.Summary());
        }

        [TestMethod]
        public void The_same_seed_gives_the_same_run()
        {
            Assert.AreEqual(FrameFuzzer.Run(60, 5).Summary(), FrameFuzzer.Run(60, 5).Summary());
            var a = new Mutator(9);
            var b = new Mutator(9);
            Assert.AreEqual(a.Mutate("[2,\"x\",\"Heartbeat\",{}]", "{}"), b.Mutate("[2,\"x\",\"Heartbeat\",{}]", "{}"));
        }

        [TestMethod]
        public void A_crash_swallowed_by_a_catch_all_counts_as_a_failure()
        {
            var console = new FuzzConsole();
            console.WriteLine("[info] all good");
            Assert.AreEqual(string.Empty, console.Crash);
            console.WriteLine("error: config failed: Object reference not set");
            Assert.Contains("failed:", console.Crash);

            var result = new FuzzResult("probe", 1);
            result.Counted();
            result.Failed("charger answered InternalError", "[2,\"x\"]");
            Assert.AreEqual(1, result.Failures);
            Assert.Contains("input #1", result.Summary());
        }
    }
}
