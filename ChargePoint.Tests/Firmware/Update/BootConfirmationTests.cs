using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware.Update
{
    /// <summary>The application tells the loader it is healthy (so a trial slot stays), and reports the slot's version.</summary>
    [TestClass]
    public class BootConfirmationTests
    {
        [TestMethod]
        public void The_application_confirms_once_BootNotification_is_Accepted_and_reports_the_slot_version()
        {
            var w = new FirmwareWorld(true);
            int confirmations = 0;
            w.Sim.Configure = p =>
            {
                p.ConfirmHealthy = nowMs => confirmations++;
                p.FirmwareVersion = "0.2.0-slot";
            };
            w.Sim.Reboot();
            w.Advance(5000);
            Assert.AreEqual(1, confirmations, w.Frames());
            Assert.Contains("\"firmwareVersion\":\"0.2.0-slot\"", w.Frames());
            w.Advance(30000);
            Assert.AreEqual(1, confirmations, "once per boot");
            w.Sim.Reboot();
            w.Advance(5000);
            Assert.AreEqual(2, confirmations, "again after the next boot");
        }

        [TestMethod]
        public void Without_a_Central_System_the_application_confirms_after_ConfirmAfterMs()
        {
            var w = new FirmwareWorld(false);
            int confirmations = 0;
            w.Sim.Configure = p => p.ConfirmHealthy = nowMs => confirmations++;
            w.Sim.Reboot();
            w.Advance(ChargePoint.Firmware.App.ChargerPlatform.ConfirmAfterMs - 5000);
            Assert.AreEqual(0, confirmations);
            w.Advance(10000);
            Assert.AreEqual(1, confirmations);
        }
    }
}
