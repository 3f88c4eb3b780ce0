using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class SimulatedDigitalOutputTests
    {
        [TestMethod]
        public void Written_level_reads_back_and_is_counted()
        {
            var pin = new SimulatedDigitalOutput();
            pin.Value = true;
            Assert.IsTrue(pin.Value);
            pin.Value = false;
            Assert.IsFalse(pin.Value);
            Assert.AreEqual(2, pin.WriteCount);
        }
    }
}
