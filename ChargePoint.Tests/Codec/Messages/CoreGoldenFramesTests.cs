using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>The Core golden frames (also used by the schema test) parse and write back identically through the engine's Core classes.</summary>
    [TestClass]
    public class CoreGoldenFramesTests
    {
        [TestMethod]
        public void Every_Core_golden_frame_round_trips_exactly()
        {
            var table = GoldenFrames.Core;
            Assert.AreEqual(16 * 2 * 3, table.Length, "one request and one response per Core action");
            for (int i = 0; i < table.Length; i += 3)
            {
                GoldenCodec.AssertRoundTrip(table[i], table[i + 1], table[i + 2]);
            }
        }

        [TestMethod]
        public void Golden_tables_cover_every_action_once_per_kind()
        {
            Assert.AreEqual(12 * 2 * 3, GoldenFrames.OtherProfiles.Length);
            Assert.AreEqual(11 * 2 * 3, GoldenFrames.Security.Length);
            AssertPairs(GoldenFrames.Core);
            AssertPairs(GoldenFrames.OtherProfiles);
            AssertPairs(GoldenFrames.Security);
        }

        private static void AssertPairs(string[] table)
        {
            for (int i = 0; i < table.Length; i += 6)
            {
                Assert.AreEqual(table[i], table[i + 3], "req and conf of the same action side by side");
                Assert.AreEqual("req", table[i + 1]);
                Assert.AreEqual("conf", table[i + 4]);
                Assert.StartsWith("[2,", table[i + 2]);
                Assert.StartsWith("[3,", table[i + 5]);
            }
        }
    }
}
