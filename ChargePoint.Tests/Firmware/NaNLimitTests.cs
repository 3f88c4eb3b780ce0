using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>A NaN limit reaching the EVSE binding offers 0 A (a NaN must not lose every Min and vanish).</summary>
    [TestClass]
    public class NaNLimitTests
    {
        [TestMethod]
        public void A_NaN_smart_charging_limit_offers_0_A_and_stops_the_PWM()
        {
            var w = Charging();
            w.Charger.SetSmartChargingLimit(1, double.NaN);
            w.Advance(1000);
            Assert.AreEqual(0.0, w.Charger.Sharing.OfferedA(0));
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent, "steady +12 V");
            w.Charger.SetSmartChargingLimit(1, SmartChargingService.NoLimit);
            w.Advance(1000);
            Assert.AreEqual(16.0, w.Charger.Sharing.OfferedA(0), "a real limit again: MaxCurrent applies");
        }

        [TestMethod]
        public void A_NaN_offered_current_limit_offers_0_A()
        {
            var w = Charging();
            w.Charger.SetOfferedCurrentLimit(1, double.NaN);
            w.Advance(1000);
            Assert.AreEqual(0.0, w.Charger.Sharing.OfferedA(0));
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent, "steady +12 V");
        }

        private static FirmwareWorld Charging()
        {
            var w = new FirmwareWorld(true);
            w.CentralSystem.AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("MeterValues", "{}");
            w.Advance(3000);
            w.Type("config set MaxCurrent 16");
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(5000);
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "charging");
            Assert.AreEqual(16.0, w.Charger.Sharing.OfferedA(0));
            return w;
        }
    }
}
