using ChargePoint.Ocpp;
using ChargePoint.Tests.Ocpp.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>
    /// Absent validFrom/validTo/expiryDate through the whole stack: on the nanoCLR a DateTime sentinel would read as
    /// 1601-01-01 and make every profile invalid and every local-list entry expired.
    /// </summary>
    [TestClass]
    public class AbsentDateTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";

        [TestMethod]
        public void A_profile_without_validFrom_and_validTo_is_valid_and_applies()
        {
            var k = new SmartChargingKit(1).Idle();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(1, 0, "TxDefaultProfile", "Absolute", k.T(0), "A", "0:7")));
            Assert.AreEqual(7.0, k.Limit[1]);
            Assert.AreEqual(7.0, k.Sc.LimitA(1));
        }

        [TestMethod]
        public void A_profile_valid_from_exactly_1601_is_a_real_bound()
        {
            var k = new SmartChargingKit(1).Idle();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(2, 0, 0, "TxDefaultProfile", "Relative", null,
                "1601-01-01T00:00:00.000Z", k.T(3600000), null, -1, "A", "0:9")));
            Assert.AreEqual(9.0, k.Limit[1], "valid since 1601, until an hour from now");
            k.W.Run(3600000);
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[1], "validTo passed");
        }

        [TestMethod]
        public void A_local_list_entry_without_expiryDate_is_not_expired()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("SendLocalList", "{\"listVersion\":1,\"localAuthorizationList\":[" +
                "{\"idTag\":\"FOREVER\",\"idTagInfo\":{\"status\":\"Accepted\"}}," +
                "{\"idTag\":\"OLD\",\"idTagInfo\":{\"expiryDate\":\"1601-01-01T00:00:00.000Z\",\"status\":\"Accepted\"}}],\"updateType\":\"Full\"}"));
            long nowUtcMs = TxCentralSystem.WorldEpochMs + p.Now;
            Assert.IsTrue(p.W.Tx.Authorization.LocalList.Find("FOREVER")!.IsValidAt(nowUtcMs), "no expiryDate: never expires");
            Assert.IsFalse(p.W.Tx.Authorization.LocalList.Find("OLD")!.IsValidAt(nowUtcMs), "an explicit 1601 expiry is in the past");
        }
    }
}
