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
            return (rig.Evse.Faults.Active & fault) != 0;
        }

        [TestMethod]
        public void Rcd_trip_opens_within_100_ms_and_stays_latched_until_cleared()
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
            rig.Board.AdvanceMs(30 * 60 * 1000);
            Assert.IsTrue(Has(rig, HalFaults.ResidualCurrent), "no automatic clear by default, even after 30 min of normal input");
            Assert.IsFalse(rig.Board.Relay.ContactsClosed);
            Assert.AreEqual(0, rig.Evse.Faults.ResidualCurrentRetries);

            rig.Evse.ClearLatchedFaults();
            rig.Board.AdvanceMs(500);
            Assert.IsFalse(Has(rig, HalFaults.ResidualCurrent));
            Assert.IsTrue(rig.Board.Relay.ContactsClosed, "charging resumes after the operator's clear");
        }

        [TestMethod]
        public void Rcd_auto_retry_is_opt_in_waits_the_delay_and_is_limited_to_the_configured_count()
        {
            var settings = new EvseSettings();
            settings.ResidualCurrentAutoRetry = true;
            Assert.AreEqual(300000, EvseSettings.ResidualCurrentRetryDelayMs);
            Assert.AreEqual(3, EvseSettings.ResidualCurrentMaxRetries);
            var board = new ChargePoint.Hal.Simulation.SimulatedBoard();
            var evse = board.CreateController(settings);
            board.Plug(32);
            board.EvRequestCharge();
            evse.SetCurrentLimit(32);
            board.AdvanceMs(2000);
            Assert.IsTrue(board.Relay.ContactsClosed);

            for (int attempt = 1; attempt <= 3; attempt++)
            {
                board.TripRcd();
                board.AdvanceMs(100);
                board.ResetRcd();
                board.AdvanceMs(299000);
                Assert.IsTrue((evse.Faults.Active & HalFaults.ResidualCurrent) != 0, "attempt " + attempt + ": not before the delay");
                board.AdvanceMs(2000);
                Assert.IsTrue((evse.Faults.Active & HalFaults.ResidualCurrent) == 0, "attempt " + attempt + ": retried");
                Assert.AreEqual(attempt, evse.Faults.ResidualCurrentRetries);
                Assert.IsTrue(board.Relay.ContactsClosed, "charging again after retry " + attempt);
            }

            board.TripRcd();
            board.AdvanceMs(100);
            board.ResetRcd();
            board.AdvanceMs(2 * 3600 * 1000);
            Assert.IsTrue((evse.Faults.Active & HalFaults.ResidualCurrent) != 0, "retries used up: latched until an operator clears it");
            Assert.IsFalse(board.Relay.ContactsClosed);

            evse.ClearLatchedFaults();
            Assert.AreEqual(0, evse.Faults.ResidualCurrentRetries, "the operator's clear restores the retries");
            board.AdvanceMs(500);
            Assert.IsTrue(board.Relay.ContactsClosed);
        }

        [TestMethod]
        public void Rcd_latch_survives_a_reboot_and_a_clear_removes_it()
        {
            var board = new ChargePoint.Hal.Simulation.SimulatedBoard();
            var evse = board.CreateController();
            board.AdvanceMs(100);
            board.TripRcd();
            board.AdvanceMs(100);
            board.ResetRcd();

            // Watchdog reboot or power cycle: the firmware is rebuilt on the same board and storage.
            evse.Shutdown();
            board.DetachAll();
            evse = board.CreateController();
            board.AdvanceMs(1000);
            Assert.IsTrue((evse.Faults.Active & HalFaults.ResidualCurrent) != 0, "a reboot is not a reset of the RCD latch");

            evse.ClearLatchedFaults();
            Assert.IsFalse(board.Storage.Exists(FaultMonitor.RcdLatchRecord));
            evse.Shutdown();
            board.DetachAll();
            evse = board.CreateController();
            board.AdvanceMs(1000);
            Assert.AreEqual((int)HalFaults.None, (int)evse.Faults.Active);
        }

        [TestMethod]
        public void A_corrupt_rcd_latch_record_counts_as_latched_until_cleared()
        {
            // Power cut while the latch was written: the record cannot say whether a trip was latched, so the safe
            // reading is that it was. The contactor stays open until a technician or a Reset clears it.
            var board = new ChargePoint.Hal.Simulation.SimulatedBoard();
            board.Storage.SetRaw(FaultMonitor.RcdLatchRecord, new byte[] { 0xFF, 0x00 });
            var evse = board.CreateController();
            board.AdvanceMs(1000);
            Assert.IsTrue((evse.Faults.Active & HalFaults.ResidualCurrent) != 0, "an unreadable latch is a latched trip");
            Assert.IsTrue(evse.Faults.LatchRecordCorrupt);

            evse.ClearLatchedFaults();
            board.AdvanceMs(100);
            Assert.AreEqual((int)HalFaults.None, (int)evse.Faults.Active);
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
            Assert.AreEqual("ResidualCurrent,ContactorWelded", FaultMonitor.List(HalFaults.ResidualCurrent | HalFaults.ContactorWelded));
            Assert.AreEqual("None", FaultMonitor.List(HalFaults.None));
        }
    }
}
