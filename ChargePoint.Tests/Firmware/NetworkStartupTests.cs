using ChargePoint.Firmware.App;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>The ESP32 start-up message tells a missing network apart from a missing clock.</summary>
    [TestClass]
    public class NetworkStartupTests
    {
        [TestMethod]
        public void Connected_without_SNTP_time_says_the_network_is_up_and_only_the_clock_is_missing()
        {
            string line = Charger.Message("depot", true, false, string.Empty, 5);
            Assert.AreEqual(-1, line.IndexOf("not connected"), line);
            Assert.AreEqual("[warn] Wi-Fi depot (no SNTP time)", line);
            Assert.AreEqual("Wi-Fi depot (no SNTP time)", Charger.NetworkStatus("depot", true, false));
        }

        [TestMethod]
        public void Not_connected_connected_and_not_configured_each_have_their_own_message()
        {
            Assert.AreEqual("[warn] Wi-Fi depot (connecting), status 4", Charger.Message("depot", false, false, string.Empty, 4));
            Assert.AreEqual("Wi-Fi depot (connecting)", Charger.NetworkStatus("depot", false, false));
            Assert.AreEqual("[warn] Wi-Fi depot (connecting), status 4", Charger.Message("depot", false, true, "2026-01-01T00:00:00Z", 4), "a clock kept in the RTC does not mean a network");
            Assert.AreEqual("[info] Wi-Fi depot, clock 2026-01-01T00:00:00Z", Charger.Message("depot", true, true, "2026-01-01T00:00:00Z", 2));
            Assert.AreEqual("Wi-Fi depot", Charger.NetworkStatus("depot", true, true));
            Assert.AreEqual("[warn] Wi-Fi not configured (WifiSsid)", Charger.Message(string.Empty, false, false, string.Empty, 0));
            Assert.AreEqual("Wi-Fi not configured", Charger.NetworkStatus(string.Empty, false, false));
        }
    }
}
