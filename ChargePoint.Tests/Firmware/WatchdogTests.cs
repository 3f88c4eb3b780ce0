using ChargePoint.Firmware.App;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class WatchdogTests
    {
        [TestMethod]
        public void Watchdog_fires_once_when_the_loop_stops_kicking()
        {
            var fired = new long[] { -1, 0 };
            var dog = new LoopWatchdog(5000, stalled => { fired[0] = stalled; fired[1]++; });
            Assert.IsFalse(dog.Check(100000), "not armed before the first kick");
            for (long t = 0; t <= 20000; t += 25)
            {
                dog.Kick(t);
                Assert.IsFalse(dog.Check(t + 10));
            }

            Assert.IsFalse(dog.Check(24999));
            Assert.IsTrue(dog.Check(25000));
            Assert.AreEqual(5000L, fired[0]);
            Assert.IsTrue(dog.Check(26000));
            Assert.AreEqual(1L, fired[1], "handler runs once");
        }
    }
}
