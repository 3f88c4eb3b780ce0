using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    /// <summary>
    /// The safety inputs act on the contactor from their pin-change path: with the main loop stalled (a long frame or a
    /// flash write) the contactor still opens at the instant the RCD trips, without any Tick.
    /// </summary>
    [TestClass]
    public class SafetyInterlockTests
    {
        [TestMethod]
        public void Rcd_trip_opens_the_contactor_at_once_while_the_main_loop_is_stalled_for_2_s()
        {
            var rig = new ChargingRig().StartCharging();
            Assert.IsTrue(rig.Board.Relay.Value);
            rig.Board.StallFirmwareMs(500); // the loop is busy from here on
            long tripped = rig.Board.NowMs;
            rig.Board.TripRcd();

            Assert.IsFalse(rig.Board.Relay.Value, "coil released at the same simulated instant, no tick in between");
            Assert.IsFalse(rig.Evse.Contactor.IsCommandedClosed);
            Assert.AreEqual(1, rig.Evse.Contactor.RcdTrips, "acted on by the pin-change path");
            rig.Board.StallFirmwareMs(2000);
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);
            long opened = rig.Board.Relay.ContactsOpenedAtMs - tripped;
            Assert.IsTrue(opened <= rig.Board.Relay.ReleaseMs + rig.Board.StepMs, "contacts open after " + opened + " ms: the relay's release time only");

            // The loop resumes: it latches and reports the trip.
            rig.Board.AdvanceMs(100);
            Assert.IsTrue((rig.Evse.Faults.Active & HalFaults.ResidualCurrent) != 0);
        }

        [TestMethod]
        public void Rcd_pulse_shorter_than_the_stall_is_latched_and_the_loop_does_not_reclose()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.StallFirmwareMs(300);
            rig.Board.TripRcd();
            rig.Board.StallFirmwareMs(50);
            rig.Board.ResetRcd(); // back to normal before the loop ever saw it
            rig.Board.StallFirmwareMs(1650);
            rig.Board.AdvanceMs(1000);
            Assert.IsTrue((rig.Evse.Faults.Active & HalFaults.ResidualCurrent) != 0, "the pin-change path remembered the trip");
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);
            Assert.AreEqual(1, rig.Evse.Contactor.RcdTrips);
        }

        [TestMethod]
        public void Tripped_contactor_refuses_a_close_from_a_loop_pass_that_decided_before_the_trip()
        {
            var clock = new SimulatedClock();
            var drive = new SimulatedDigitalOutput();
            var rcd = new SimulatedDigitalInput();
            var contactor = new Contactor(drive, null, rcd, clock);
            var interlock = contactor; // the interlock is the contactor's pin-change half
            rcd.Value = true;
            Assert.AreEqual(1, interlock.RcdTrips);
            contactor.Command(true, 10);
            Assert.IsFalse(drive.Value, "inhibited while tripped");
            rcd.Value = false;
            interlock.Release();
            contactor.Command(true, 20);
            Assert.IsTrue(drive.Value, "released by the latch's clear");

            rcd.Value = true;
            Assert.IsFalse(drive.Value, "a new trip opens again");
        }

        [TestMethod]
        public void Feedback_contact_dropping_out_opens_the_drive_at_once_and_latches_FailedToClose()
        {
            var clock = new SimulatedClock();
            var drive = new SimulatedDigitalOutput();
            var feedback = new SimulatedDigitalInput();
            var contactor = new Contactor(drive, feedback, null, clock);
            var interlock = contactor;
            clock.AdvanceMs(1000);
            contactor.Command(true, clock.NowMs);
            clock.AdvanceMs(20);
            feedback.Value = true; // contact travel inside the settle window: no fault
            Assert.IsFalse(contactor.FailedToClose);
            Assert.IsFalse(contactor.Welded);
            clock.AdvanceMs(5000);

            feedback.Value = false; // contacts dropped out while commanded closed (no Tick)
            Assert.IsFalse(drive.Value, "drive opened from the pin-change path");
            Assert.IsTrue(contactor.FailedToClose);

            clock.AdvanceMs(5000);
            feedback.Value = true; // contacts closed while commanded open
            Assert.IsTrue(contactor.Welded);
            Assert.IsFalse(drive.Value);
            interlock.Listen(null);
        }
    }
}
