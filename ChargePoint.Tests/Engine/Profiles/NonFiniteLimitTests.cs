using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>A limit that is not a finite number never becomes "no limit".</summary>
    [TestClass]
    public class NonFiniteLimitTests
    {
        [TestMethod]
        public void An_infinite_period_limit_is_not_installed()
        {
            var k = new SmartChargingKit(1).Idle();
            string answer = k.Set(1, SmartChargingKit.Profile(1, 0, "TxDefaultProfile", "Relative", null, "A", "0:1e999"));
            Assert.IsTrue(answer.IndexOf("Accepted") < 0, answer);
            Assert.AreEqual(0, k.Sc.Count);
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[1]);
        }
    }
}
