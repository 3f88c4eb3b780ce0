using ChargePoint.Hal.Drivers;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    /// <summary>IEC 61851-1 reaction times, measured on the simulated contactor's main contacts.</summary>
    [TestClass]
    public class EvseControllerTimingTests
    {
        [TestMethod]
        public void Contactor_closes_within_3_s_of_C_with_pwm_on()
        {
            var rig = new ChargingRig();
            rig.Board.Plug(32);
            rig.Board.EvRequestCharge();
            rig.Evse.SetCurrentLimit(16);
            rig.Board.AdvanceUntil(() => rig.Board.Relay.ContactsClosed, 3000);
            long delay = rig.Board.Relay.ContactsClosedAtMs - rig.Board.Ev.EnteredCAtMs;
            Assert.IsTrue(rig.Board.Ev.EnteredCAtMs >= 0 && delay >= 0 && delay <= 3000, "closed after " + delay + " ms");
            Assert.IsTrue(rig.Evse.Contactor.IsCommandedClosed);
        }

        [TestMethod]
        public void Contactor_stays_open_in_C_without_pwm()
        {
            var rig = new ChargingRig();
            rig.Board.Plug(32);
            rig.Board.Ev.StaysInCWithoutPwm = true;
            rig.Board.EvRequestCharge();
            rig.Evse.SetCurrentLimit(16);
            rig.Board.AdvanceMs(500);
            rig.Evse.SetCurrentLimit(0);
            rig.Board.AdvanceMs(7000); // opened by the 6 s rule
            Assert.AreEqual((int)PilotState.C, (int)rig.Evse.Pilot.State);
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);
            rig.Board.AdvanceMs(10000);
            Assert.IsFalse(rig.Board.Relay.ContactsClosed, "C1 must not re-close");
        }

        [TestMethod]
        public void Opens_within_100_ms_of_C_to_B()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.EvPause();
            long t = rig.MsUntilContactsOpen(rig.Board.NowMs, 1000);
            Assert.IsTrue(t >= 0 && t <= 100, "opened after " + t + " ms");
        }

        [TestMethod]
        public void Opens_within_100_ms_of_C_to_A()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.Unplug();
            long t = rig.MsUntilContactsOpen(rig.Board.NowMs, 1000);
            Assert.IsTrue(t >= 0 && t <= 100, "opened after " + t + " ms");
        }

        [TestMethod]
        public void Opens_within_100_ms_of_state_E()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.ShortCpToPe(true);
            long t = rig.MsUntilContactsOpen(rig.Board.NowMs, 1000);
            Assert.IsTrue(t >= 0 && t <= 100, "opened after " + t + " ms");
            rig.Board.AdvanceMs(100);
            Assert.IsTrue((rig.Evse.Faults.Active & HalFaults.PilotFault) != 0);
        }

        [TestMethod]
        public void Opens_within_100_ms_of_going_unavailable_state_F()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Evse.Available = false;
            long t = rig.MsUntilContactsOpen(rig.Board.NowMs, 1000);
            Assert.IsTrue(t >= 0 && t <= 100, "opened after " + t + " ms");
            rig.Board.AdvanceMs(100);
            Assert.AreEqual((int)PilotState.F, (int)rig.Evse.Pilot.State);
            PilotDutyTests.AssertNear(0.0, rig.Board.Pwm.DutyCycle);
        }

        [TestMethod]
        public void Opens_within_100_ms_of_a_diode_fault()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.ShortEvDiode(true);
            long t = rig.MsUntilContactsOpen(rig.Board.NowMs, 1000);
            Assert.IsTrue(t >= 0 && t <= 100, "opened after " + t + " ms");
            Assert.IsTrue((rig.Evse.Faults.Active & HalFaults.DiodeFault) != 0);
        }

        [TestMethod]
        public void Ev_that_stays_in_C_after_the_pwm_stops_is_cut_off_under_load_after_6_s()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.Ev.StaysInCWithoutPwm = true;
            rig.Evse.SetCurrentLimit(0);
            long stopped = rig.Board.NowMs;
            rig.Board.AdvanceMs(5900);
            Assert.IsTrue(rig.Board.Relay.ContactsClosed, "opened before 6 s");
            PilotDutyTests.AssertNear(1.0, rig.Board.Pwm.DutyCycle);
            long t = rig.MsUntilContactsOpen(stopped, 1000);
            Assert.IsTrue(t >= 6000 && t <= 6100, "opened after " + t + " ms");
        }

        [TestMethod]
        public void Ev_that_leaves_C_after_the_pwm_stops_is_released_within_100_ms_of_B()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Evse.SetCurrentLimit(0);
            rig.Board.AdvanceUntil(() => !rig.Board.Ev.S2Closed, 5000);
            long leftC = rig.Board.Ev.LeftCAtMs;
            long t = rig.MsUntilContactsOpen(leftC, 1000);
            Assert.IsTrue(t >= 0 && t <= 100, "opened after " + t + " ms");
        }

        [TestMethod]
        public void Charging_resumes_when_current_is_offered_again()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Evse.SetCurrentLimit(0);
            rig.Board.AdvanceMs(3000);
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);
            rig.Evse.SetCurrentLimit(10);
            rig.Board.AdvanceMs(500);
            Assert.IsTrue(rig.Board.Relay.ContactsClosed);
            PilotDutyTests.AssertNear(10.0, rig.Board.Ev.PilotLimitAmps);
        }
    }
}
