using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class FaultTests
    {
        private static bool Has(ChargingRig rig, HalFaults fault)
        {
            return (rig.Evse.ActiveFaults & fault) != 0;
        }

        [TestMethod]
        public void Rcd_trip_opens_within_100_ms_latches_and_auto_clears_after_60_s()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.TripRcd();
            long tripped = rig.Board.NowMs;
            long t = rig.MsUntilContactsOpen(tripped, 1000);
            Assert.IsTrue(t >= 0 && t <= 100, "opened after " + t + " ms");
            Assert.IsTrue(Has(rig, HalFaults.ResidualCurrent));
            Assert.IsTrue(rig.Board.LedFault.Value);
            PilotDutyTests.AssertNear(1.0, rig.Board.Pwm.DutyCycle); // PWM stopped

            rig.Board.ResetRcd();
            rig.Board.AdvanceMs(1000);
            Assert.IsTrue(Has(rig, HalFaults.ResidualCurrent), "latched");
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);
            rig.Board.AdvanceMs(59100);
            Assert.IsFalse(Has(rig, HalFaults.ResidualCurrent), "auto-cleared after 60 s of normal input");
            rig.Board.AdvanceMs(500);
            Assert.IsTrue(rig.Board.Relay.ContactsClosed, "charging resumes");
        }

        [TestMethod]
        public void Rcd_reset_request_is_refused_while_the_input_still_shows_the_trip()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.TripRcd();
            rig.Board.AdvanceMs(100);
            rig.Evse.ClearLatchedFaults();
            rig.Board.AdvanceMs(100);
            Assert.IsTrue(Has(rig, HalFaults.ResidualCurrent));
            rig.Board.ResetRcd();
            rig.Evse.ClearLatchedFaults();
            rig.Board.AdvanceMs(100);
            Assert.IsFalse(Has(rig, HalFaults.ResidualCurrent));
        }

        [TestMethod]
        public void Welded_contactor_is_detected_when_it_fails_to_open_and_latches()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.WeldRelay();
            rig.Board.EvPause();
            rig.Board.AdvanceMs(100);
            Assert.IsFalse(rig.Evse.Contactor.IsCommandedClosed);
            Assert.IsTrue(rig.Board.Relay.ContactsClosed);
            Assert.IsFalse(Has(rig, HalFaults.ContactorWelded), "not before the settle time");
            rig.Board.AdvanceMs(300);
            Assert.IsTrue(Has(rig, HalFaults.ContactorWelded));
            Assert.IsTrue(rig.Board.LedFault.Value);

            rig.Evse.ClearLatchedFaults();
            rig.Board.AdvanceMs(100);
            Assert.IsTrue(Has(rig, HalFaults.ContactorWelded), "cannot be cleared while still welded");

            rig.Board.UnweldRelay();
            rig.Board.AdvanceMs(100);
            Assert.IsTrue(Has(rig, HalFaults.ContactorWelded), "latched after the weld is gone");
            rig.Evse.ClearLatchedFaults();
            rig.Board.AdvanceMs(100);
            Assert.IsFalse(Has(rig, HalFaults.ContactorWelded));
        }

        [TestMethod]
        public void Weld_while_idle_is_detected()
        {
            var rig = new ChargingRig();
            rig.Board.WeldRelay();
            rig.Board.AdvanceMs(400);
            Assert.IsTrue(Has(rig, HalFaults.ContactorWelded));
        }

        [TestMethod]
        public void Contactor_that_does_not_close_is_a_fault()
        {
            var rig = new ChargingRig();
            rig.Board.Relay.OperateMs = 100000; // coil open-circuit
            rig.Board.Plug(32);
            rig.Board.EvRequestCharge();
            rig.Evse.SetCurrentLimit(16);
            rig.Board.AdvanceMs(600);
            Assert.IsTrue(Has(rig, HalFaults.ContactorFailedToClose));
            Assert.IsFalse(rig.Evse.Contactor.IsCommandedClosed);
        }

        [TestMethod]
        public void Over_current_beyond_margin_for_over_6_s_trips_and_clears_on_unplug()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.Ev.IgnoresPilotLimit = true;
            rig.Board.SetEvPowerKw(7.4); // 32.2 A
            rig.Evse.SetCurrentLimit(16); // limit + 2 A margin = 18 A
            rig.Board.AdvanceMs(6000);
            Assert.IsFalse(Has(rig, HalFaults.OverCurrent), "the EV gets time to follow");
            Assert.IsTrue(rig.Board.Relay.ContactsClosed);
            rig.Board.AdvanceMs(1500);
            Assert.IsTrue(Has(rig, HalFaults.OverCurrent));
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);

            rig.Board.Unplug();
            rig.Board.AdvanceMs(200);
            Assert.IsFalse(Has(rig, HalFaults.OverCurrent));
        }

        [TestMethod]
        public void Current_within_the_margin_is_not_over_current()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.Ev.IgnoresPilotLimit = true;
            rig.Board.SetEvPowerKw(230 * 17.9 / 1000); // 17.9 A against 16 A + 2 A
            rig.Evse.SetCurrentLimit(16);
            rig.Board.AdvanceMs(20000);
            Assert.IsFalse(Has(rig, HalFaults.OverCurrent));
        }

        [TestMethod]
        public void Over_temperature_stops_charging_and_clears_with_hysteresis()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.SetTemperatureCelsius(81);
            rig.Board.AdvanceMs(1100);
            Assert.IsTrue(Has(rig, HalFaults.OverTemperature));
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);
            rig.Board.SetTemperatureCelsius(75);
            rig.Board.AdvanceMs(2000);
            Assert.IsTrue(Has(rig, HalFaults.OverTemperature), "hysteresis");
            rig.Board.SetTemperatureCelsius(69);
            rig.Board.AdvanceMs(2000);
            Assert.IsFalse(Has(rig, HalFaults.OverTemperature));
            Assert.IsTrue(rig.Board.Relay.ContactsClosed);
        }

        [TestMethod]
        public void Persistent_meter_failure_is_a_fault_that_opens_the_contactor_and_recovers()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Board.SetMeterDisconnected(true);
            rig.Board.AdvanceUntil(() => rig.Evse.Meter!.Status == MeterStatus.Failed, 20000);
            Assert.AreEqual(MeterStatus.Failed, rig.Evse.Meter!.Status);
            rig.Board.AdvanceMs(50);
            Assert.IsTrue(Has(rig, HalFaults.MeterFailure));
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);

            rig.Board.SetMeterDisconnected(false);
            rig.Board.AdvanceMs(5000);
            Assert.AreEqual(MeterStatus.Running, rig.Evse.Meter.Status);
            Assert.IsFalse(Has(rig, HalFaults.MeterFailure));
            Assert.IsTrue(rig.Board.Relay.ContactsClosed);
        }

        [TestMethod]
        public void Fault_names_are_listed()
        {
            Assert.AreEqual("ResidualCurrent,ContactorWelded", HalFaultText.List(HalFaults.ResidualCurrent | HalFaults.ContactorWelded));
            Assert.AreEqual("None", HalFaultText.List(HalFaults.None));
        }
    }
}
