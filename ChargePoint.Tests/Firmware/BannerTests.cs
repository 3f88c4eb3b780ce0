using ChargePoint.Firmware.App;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class BannerTests
    {
        [TestMethod]
        public void Banner_names_version_and_board()
        {
            Assert.AreEqual("ChargePoint firmware 0.1.0 on devkit", Charger.Banner("devkit"));
        }
    }
}
