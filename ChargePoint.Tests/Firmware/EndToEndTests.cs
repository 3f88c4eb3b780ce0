using ChargePoint.Firmware.App;
using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>
    /// The whole firmware on the simulated board against the scripted Central System: console commands drive the
    /// world, assertions read pins (PWM duty, relay contacts), the meter and the frames on the wire.
    /// </summary>
    [TestClass]
    public class EndToEndTests
    {
        private static FirmwareWorld Online()
        {
            var w = new FirmwareWorld(true);
            w.CentralSystem.AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StopTransaction", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("MeterValues", "{}");
            w.Advance(3000);
            Assert.IsTrue(w.Charger.Ocpp.IsAccepted, "boot accepted");
            return w;
        }

        [TestMethod]
        public void Session_from_plug_to_unplug_offers_min_of_setting_and_cable_meters_and_reports()
        {
            var w = Online();
            Assert.StartsWith("ok: MaxCurrent = 16", w.Type("config set MaxCurrent 16"));
            Assert.StartsWith("ok: EV plugged in (32 A cable)", w.Type("plug"));
            w.Advance(1000);
            Assert.Contains("\"status\":\"Preparing\"", w.LastSent("StatusNotification"));
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent, "steady +12 V before authorization");
            Assert.IsFalse(w.Board.Relay.ContactsClosed);

            Assert.AreEqual("ok: card TAG-1 presented", w.Type("card TAG-1"));
            w.Advance(1000);
            Assert.AreEqual(1, w.CountSent("\"Authorize\",{\"idTag\":\"TAG-1\"}"));
            Assert.AreEqual(1, w.CountSent("\"StartTransaction\""));
            Assert.Contains("\"meterStart\":0", w.LastSent("StartTransaction"));
            double duty = w.Board.Pwm.EffectiveDutyPercent;
            Assert.IsTrue(duty > 26.5 && duty < 26.8, "16 A → 26.67 % duty, was " + duty);
            Assert.IsFalse(w.Board.Relay.ContactsClosed, "no power before the EV asks (state B)");

            w.Type("ev charge");
            w.Advance(3000);
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "closed on state C");
            Assert.AreEqual(PilotState.C, w.Charger.Evse.Pilot.State);
            Assert.Contains("\"status\":\"Charging\"", w.LastSent("StatusNotification"));

            w.Advance(10 * 60 * 1000);
            double wh = w.Charger.Evse.Meter!.EnergyActiveImportWh;
            double expected = 16 * 230.0 * 10 / 60; // 613 Wh at the offered 16 A
            Assert.IsTrue(wh > expected * 0.97 && wh < expected * 1.03, "energy " + wh + " Wh, expected about " + expected);
            Assert.IsTrue(w.CountSent("\"MeterValues\",{\"connectorId\":1,\"transactionId\":4711") >= 9, "periodic meter values with the real transaction id");
            string status = w.Type("status");
            Assert.Contains("status: Charging", status);
            Assert.Contains("; transaction on connector 1 id 4711 idTag TAG-1", status);

            w.Type("card TAG-1");
            w.Advance(100);
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent, "PWM off at stop");
            w.Advance(3000);
            Assert.IsFalse(w.Board.Relay.ContactsClosed, "opened after the stop");
            string stop = w.LastSent("StopTransaction");
            Assert.Contains("\"transactionId\":4711", stop);
            Assert.Contains("\"reason\":\"Local\"", stop);
            long meterStop = FrameText.NumberAfter(stop, "\"meterStop\":");
            Assert.IsTrue(meterStop >= (long)wh - 1 && meterStop <= (long)wh + 20, "meterStop " + meterStop + " vs meter " + wh);
            Assert.Contains("\"status\":\"Finishing\"", w.LastSent("StatusNotification"));

            w.Type("unplug");
            w.Advance(2000);
            Assert.Contains("\"status\":\"Available\"", w.LastSent("StatusNotification"));
            Assert.AreEqual(-1, w.Frames().IndexOf("Faulted"), "no spurious fault on unplug:\n" + w.Frames());
            Assert.AreEqual(1, w.CountSent("\"StopTransaction\""));
        }

        [TestMethod]
        public void Sampled_meter_values_carry_the_measurands_the_meter_provides()
        {
            var w = Online();
            Assert.StartsWith("ok: MeterValuesSampledData = Energy.Active.Import.Register,Power.Active.Import,Voltage,Current.Import,Current.Offered",
                w.Type("config set MeterValuesSampledData Energy.Active.Import.Register,Power.Active.Import,Voltage,Current.Import,Current.Offered"));
            w.Type("config set MaxCurrent 10");
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(3 * 60 * 1000);
            string mv = w.LastSent("\"MeterValues\"");
            Assert.Contains("\"measurand\":\"Power.Active.Import\"", mv);
            Assert.Contains("\"measurand\":\"Voltage\"", mv);
            Assert.Contains("\"value\":\"230", mv);
            Assert.Contains("\"measurand\":\"Current.Offered\"", mv);
            Assert.Contains("\"value\":\"10", mv);
        }

        [TestMethod]
        public void Rcd_trip_while_charging_opens_at_once_and_reports_GroundFailure()
        {
            var w = Online();
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(4000);
            Assert.IsTrue(w.Board.Relay.ContactsClosed);

            w.Type("fault rcd");
            long t0 = w.Board.NowMs;
            Assert.IsTrue(w.Sim.AdvanceUntil(() => !w.Board.Relay.ContactsClosed, 1000));
            Assert.IsTrue(w.Board.NowMs - t0 <= 100, "contacts open within 100 ms, took " + (w.Board.NowMs - t0));
            w.Advance(1000);
            string fault = w.LastSent("Faulted");
            Assert.Contains("\"errorCode\":\"GroundFailure\"", fault);
            Assert.Contains("\"vendorId\":\"OpenEV-nf\"", fault);
            Assert.Contains("\"vendorErrorCode\":\"RCD_TRIP\"", fault);
            Assert.StartsWith("error: connector faulted (GroundFailure)", w.Type("card TAG-2"));

            w.Type("clear");
            w.Advance(2000);
            Assert.AreEqual(-1, w.LastSent("StatusNotification").IndexOf("Faulted"), "fault cleared: " + w.LastSent("StatusNotification"));
        }

        [TestMethod]
        public void Rcd_trip_stays_Faulted_GroundFailure_until_the_technician_clears_it()
        {
            var w = Online();
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(4000);
            w.Type("fault rcd");
            w.Advance(1000);
            Assert.Contains("\"errorCode\":\"GroundFailure\"", w.LastSent("StatusNotification"));

            w.Board.ResetRcd(); // the RCD module itself is back to normal
            w.Advance(10 * 60 * 1000);
            Assert.Contains("\"errorCode\":\"GroundFailure\"", w.LastSent("StatusNotification"), "still Faulted 10 min later");
            Assert.IsFalse(w.Board.Relay.ContactsClosed);
            Assert.Contains("rcd: LATCHED (input normal)", w.Type("status"));

            Assert.AreEqual("ok: faults cleared (RCD latch reset)", w.Type("fault clear").Trim());
            w.Advance(2000);
            Assert.AreEqual(-1, w.LastSent("StatusNotification").IndexOf("Faulted"), "cleared: " + w.LastSent("StatusNotification"));
            Assert.Contains("rcd: normal, auto-retry off", w.Type("status"));
        }

        [TestMethod]
        public void RcdAutoRetry_setting_is_off_by_default_and_when_on_retries_a_cleared_RCD_after_5_min()
        {
            var w = Online();
            Assert.Contains("off", w.Type("config get RcdAutoRetry"));
            Assert.StartsWith("ok: RcdAutoRetry = on", w.Type("config set RcdAutoRetry on"));
            Assert.Contains("rcd: normal, auto-retry on (0 of 3 used)", w.Type("status"));
            w.Type("fault rcd");
            w.Advance(1000);
            Assert.Contains("\"errorCode\":\"GroundFailure\"", w.LastSent("StatusNotification"));
            w.Board.ResetRcd();
            w.Advance(4 * 60 * 1000);
            Assert.Contains("\"errorCode\":\"GroundFailure\"", w.LastSent("StatusNotification"), "not before the delay");
            w.Advance(2 * 60 * 1000);
            Assert.AreEqual(-1, w.LastSent("StatusNotification").IndexOf("Faulted"), "retried: " + w.LastSent("StatusNotification"));
            Assert.Contains("auto-retry on (1 of 3 used)", w.Type("status"));
        }

        [TestMethod]
        public void Fault_clear_is_refused_while_the_RCD_input_still_shows_the_trip()
        {
            var w = Online();
            w.Type("fault rcd");
            w.Advance(1000);
            Assert.StartsWith("error: still active: ResidualCurrent (RCD input tripped", w.Type("fault clear"));
            Assert.Contains("rcd: LATCHED (input tripped)", w.Type("status"));
        }

        [TestMethod]
        public void Rcd_latch_survives_a_watchdog_reboot_and_a_Reset_from_the_Central_System_clears_it()
        {
            var w = Online();
            w.Type("fault rcd");
            w.Advance(1000);
            w.Board.ResetRcd();
            w.Sim.Reboot(); // not a reset: e.g. the watchdog
            w.Advance(5000);
            Assert.Contains("\"errorCode\":\"GroundFailure\"", w.LastSent("StatusNotification"), "Faulted again after the reboot");

            string id = w.CentralSystem.Call("Reset", "{\"type\":\"Soft\"}");
            w.Advance(5000);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id));
            Assert.AreEqual(2, w.Sim.Reboots);
            Assert.AreEqual(-1, w.LastSent("StatusNotification").IndexOf("Faulted"), "cleared by the Reset: " + w.LastSent("StatusNotification"));
            Assert.Contains("rcd: normal", w.Type("status"));
        }

        [TestMethod]
        public void Welded_contactor_is_reported_as_PowerSwitchFailure()
        {
            var w = Online();
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(4000);
            w.Type("fault weld");
            w.Type("card TAG-1");
            w.Advance(5000);
            string fault = w.LastSent("Faulted");
            Assert.Contains("\"errorCode\":\"PowerSwitchFailure\"", fault);
            Assert.Contains("CONTACTOR_WELDED", fault);
        }

        [TestMethod]
        public void Meter_failure_is_reported_as_PowerMeterFailure()
        {
            var w = Online();
            w.Type("fault meter");
            w.Advance(20000);
            Assert.Contains("\"errorCode\":\"PowerMeterFailure\"", w.LastSent("StatusNotification"));
            Assert.Contains("meter: FAILED", w.Type("meter"));
        }

        [TestMethod]
        public void TC_014_Soft_reset_without_transaction_reboots_the_firmware()
        {
            var w = Online();
            string id = w.CentralSystem.Call("Reset", "{\"type\":\"Soft\"}");
            w.Advance(2000);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id), "the Reset.conf itself:\n" + w.Frames());
            Assert.AreEqual(1, w.Sim.Reboots);
            w.Advance(3000);
            Assert.AreEqual(2, w.CountSent("\"BootNotification\""), "boots again after the reset");
        }

        [TestMethod]
        public void TC_015_Hard_reset_with_transaction_stops_it_with_HardReset_then_reboots()
        {
            var w = Online();
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(4000);
            string id = w.CentralSystem.Call("Reset", "{\"type\":\"Hard\"}");
            w.Advance(3000);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id), "the Reset.conf itself:\n" + w.Frames());
            Assert.Contains("\"reason\":\"HardReset\"", w.LastSent("StopTransaction"));
            Assert.AreEqual(1, w.Sim.Reboots);
            Assert.IsFalse(w.Board.Relay.ContactsClosed);
            w.Advance(3000);
            Assert.AreEqual(1, w.CountSent("\"StopTransaction\""), "stop sent exactly once");
        }

        [TestMethod]
        public void Console_reboot_during_a_session_stops_it_with_SoftReset_first()
        {
            var w = Online();
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(4000);
            Assert.StartsWith("ok: rebooting", w.Type("reboot"));
            w.Advance(3000);
            Assert.Contains("\"reason\":\"SoftReset\"", w.LastSent("StopTransaction"));
            Assert.AreEqual(1, w.Sim.Reboots);
            Assert.IsFalse(w.Board.Relay.ContactsClosed);
        }

        [TestMethod]
        public void Offline_session_fills_the_journal_and_delivers_it_in_order_when_online()
        {
            var storage = new SimulatedStorage();
            var w = new FirmwareWorld(storage, false);
            Assert.StartsWith("ok: AllowOfflineTxForUnknownId = true", w.Type("config set AllowOfflineTxForUnknownId true"));
            w.Type("plug");
            w.Type("card OFFLINE-1");
            w.Type("ev charge");
            w.Advance(5 * 60 * 1000);
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "charging offline");
            Assert.IsTrue(w.Charger.Transactions.Journal.QueuedMessages >= 2, "start and meter values journaled");
            w.Type("card OFFLINE-1");
            w.Type("unplug");
            w.Advance(3000);
            int queued = w.Charger.Transactions.Journal.QueuedMessages;
            Assert.IsTrue(queued >= 3, "start, meter values, stop queued: " + queued);

            // The Central System becomes reachable: configure it and reboot (settings persist).
            w.CentralSystem.AutoReply("BootNotification", FirmwareWorld.BootAccepted);
            w.CentralSystem.AutoReply("StatusNotification", "{}");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":99,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StopTransaction", "{}");
            w.CentralSystem.AutoReply("MeterValues", "{}");
            w.CentralSystem.AutoReply("SecurityEventNotification", "{}");
            w.Type("config set CentralSystemUrl ws://cs.test/ocpp");
            w.Type("reboot");
            w.Advance(30000);
            Assert.AreEqual(0, w.Charger.Transactions.Journal.QueuedMessages, "journal drained:\n" + w.Frames());
            string frames = w.Frames();
            int start = frames.IndexOf("\"StartTransaction\"");
            int meter = frames.IndexOf("\"MeterValues\"");
            int stop = frames.IndexOf("\"StopTransaction\"");
            Assert.IsTrue(start > 0 && meter > start && stop > meter, "in order:\n" + frames);
            Assert.Contains("\"transactionId\":99", w.LastSent("StopTransaction"));
        }

        [TestMethod]
        public void Watchdog_reboots_when_the_main_loop_stalls()
        {
            var w = new FirmwareWorld(false);
            var reboots = new int[1];
            var dog = new LoopWatchdog(5000, stalled => reboots[0]++);
            long now = w.Board.NowMs;
            for (int i = 0; i < 100; i++)
            {
                int wait = w.Charger.RunOnce(now);
                dog.Kick(now);
                Assert.AreEqual(Charger.TickMs, wait);
                now += wait;
                Assert.IsFalse(dog.Check(now));
            }

            // A component hangs: no more ticks. The supervisor (a Timer on the ESP32) checks every second.
            for (int s = 1; s <= 4; s++)
            {
                Assert.IsFalse(dog.Check(now + s * 1000));
            }

            Assert.IsTrue(dog.Check(now + 5000));
            Assert.AreEqual(1, reboots[0]);
        }

        [TestMethod]
        public void Main_loop_keeps_a_fixed_tick_and_does_not_burst_after_an_overrun()
        {
            var w = new FirmwareWorld(false);
            Assert.AreEqual(25, w.Charger.RunOnce(1000));
            Assert.AreEqual(20, w.Charger.RunOnce(1030), "a tick that started 5 ms late waits 5 ms less");
            Assert.AreEqual(0, w.Charger.RunOnce(1200), "an overrun does not schedule a burst");
            Assert.AreEqual(25, w.Charger.RunOnce(1200));
        }
    }
}
