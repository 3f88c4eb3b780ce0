using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Platform;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp
{
    /// <summary>The registry of corrupt records: each moved aside, reported once, in order, up to its bound.</summary>
    [TestClass]
    public class StoreHealthTests
    {
        [TestMethod]
        public void A_record_is_moved_aside_and_reported_once_in_order_up_to_the_bound()
        {
            var storage = new SimulatedStorage();
            var health = new StoreHealth(storage, null);
            Assert.AreEqual(0, health.Reports, "none at boot");
            storage.SetRaw("a", new byte[] { 1, 2, 3 });
            health.Quarantine("a", "lost a");
            health.Quarantine("b", "c"); // nothing stored under b: still reported
            health.Quarantine("c", "lost c"); // a name equal to an earlier detail is a record of its own
            health.Quarantine("a", "lost a again");
            Assert.AreEqual(3, health.Reports);
            Assert.AreEqual("a", health.ReportName(0));
            Assert.AreEqual("lost a", health.ReportDetail(0), "the first report of a record stands");
            Assert.AreEqual("b", health.ReportName(1));
            Assert.AreEqual("c", health.ReportDetail(1));
            Assert.AreEqual("c", health.ReportName(2));
            Assert.IsFalse(storage.Exists("a"), "moved aside");
            byte[] kept = storage.Read("a" + StoreHealth.CorruptSuffix)!;
            Assert.AreEqual(3, kept.Length);
            Assert.AreEqual(3, (int)kept[2]);

            for (int i = 0; i < StoreHealth.MaxReports + 2; i++)
            {
                health.Quarantine("r" + i, "lost");
            }

            Assert.AreEqual(StoreHealth.MaxReports, health.Reports);
            Assert.AreEqual("r" + (StoreHealth.MaxReports - 4), health.ReportName(StoreHealth.MaxReports - 1));
        }
    }
}
