using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class SimulatedStorageTests
    {
        [TestMethod]
        public void Cut_during_append_leaves_a_torn_tail_and_blocks_until_power_on()
        {
            var storage = new SimulatedStorage();
            storage.Append("log", new byte[] { 1, 2, 3 }, 0, 3);
            storage.CutPowerAfterBytes(2);
            Assert.ThrowsException(typeof(PowerCutException), () => storage.Append("log", new byte[] { 4, 5, 6, 7 }, 0, 4));
            Assert.ThrowsException(typeof(PowerCutException), () => storage.Read("log"));
            storage.PowerOn();
            var data = storage.Read("log");
            Assert.IsNotNull(data);
            Assert.AreEqual(5, data!.Length);
            Assert.AreEqual((byte)5, data[4]);
        }

        [TestMethod]
        public void Cut_during_atomic_write_keeps_the_old_record()
        {
            var storage = new SimulatedStorage();
            storage.Write("cfg", new byte[] { 1, 1 });
            storage.CutPowerAfterBytes(1);
            Assert.ThrowsException(typeof(PowerCutException), () => storage.Write("cfg", new byte[] { 2, 2 }));
            storage.PowerOn();
            var data = storage.Read("cfg");
            Assert.AreEqual((byte)1, data![1]);
        }

        [TestMethod]
        public void Budget_that_ends_exactly_at_a_write_lets_it_land_and_cuts_the_next_call()
        {
            var storage = new SimulatedStorage();
            storage.CutPowerAfterBytes(2);
            storage.Write("a", new byte[] { 9, 9 });
            Assert.ThrowsException(typeof(PowerCutException), () => storage.Write("b", new byte[] { 1 }));
            storage.PowerOn();
            Assert.IsTrue(storage.Exists("a"));
            Assert.IsFalse(storage.Exists("b"));
        }
    }
}
