using System;
using ChargePoint.Firmware.App;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;
using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>
    /// The profiles beyond Core as the whole firmware runs them on the simulated board: smart charging reaches the
    /// pilot's PWM and the contactor, a reservation decides who may charge, the local list authorizes offline.
    /// </summary>
    [TestClass]
    public class ProfilesEndToEndTests
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

        private static FirmwareWorld Charging()
        {
            var w = Online();
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(4000);
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "charging");
            AssertDuty(w, 53.33, "32 A before any profile");
            return w;
        }

        private static void AssertDuty(FirmwareWorld w, double expected, string what)
        {
            double duty = w.Board.Pwm.EffectiveDutyPercent;
            Assert.IsTrue(duty > expected - 0.1 && duty < expected + 0.1, what + ": duty " + duty + " %, expected " + expected + " %");
        }

        /// <summary>SetChargingProfile.req: TxProfile 5 for transaction 4711, one period of the given limit (A).</summary>
        private static string ProfileWithLimit(int limit)
        {
            return "{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":5,\"transactionId\":4711,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":" + limit.ToString() + "}]}}}";
        }

        [TestMethod]
        public void TC_057_TxProfile_of_10_A_sets_the_pilot_duty_and_0_A_opens_the_contactor_SuspendedEVSE()
        {
            var w = Charging();
            string id = w.CentralSystem.Call("SetChargingProfile", ProfileWithLimit(10));
            w.Advance(100);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id));
            AssertDuty(w, 16.67, "10 A profile");
            Assert.AreEqual(10.0, w.Charger.Evses[0].Pilot.OfferedAmps);
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "still charging at 10 A");
            Assert.Contains("smart charging: limit 10.0 A (1 profiles)", w.Type("status"));
            w.Advance(60000);
            Assert.Contains("\"status\":\"Charging\"", w.LastSent("StatusNotification"));
            double amps = w.Charger.Evses[0].Meter!.MaxAmps;
            Assert.IsTrue(amps > 9 && amps <= 10.2, "the EV draws what is offered: " + amps + " A");

            id = w.CentralSystem.Call("SetChargingProfile", ProfileWithLimit(0));
            w.Advance(100);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id));
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent, "0 A: PWM off, steady +12 V");
            Assert.IsTrue(w.Sim.AdvanceUntil(() => !w.Board.Relay.ContactsClosed, 7000), "contactor opens (EV stops, or 6 s under load)");
            w.Advance(1000);
            Assert.Contains("\"status\":\"SuspendedEVSE\"", w.LastSent("StatusNotification"));
            Assert.AreEqual(0, w.CountSent("\"StopTransaction\""), "the transaction goes on");

            id = w.CentralSystem.Call("ClearChargingProfile", "{\"id\":5}");
            w.Advance(3000);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id));
            AssertDuty(w, 53.33, "profile cleared: back to 32 A");
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "charging again");
            Assert.Contains("\"status\":\"Charging\"", w.LastSent("StatusNotification"));
            Assert.Contains("smart charging: no limit (0 profiles)", w.Type("status"));
        }

        [TestMethod]
        public void Smart_charging_limit_below_6_A_pauses_the_pwm_and_reports_SuspendedEVSE()
        {
            var w = Charging();
            w.CentralSystem.Call("SetChargingProfile", ProfileWithLimit(4));
            w.Advance(100);
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent, "4 A cannot be offered: PWM off");
            w.Advance(1000);
            Assert.Contains("\"status\":\"SuspendedEVSE\"", w.LastSent("StatusNotification"));
            Assert.Contains("limit 4.0 A (paused)", w.Type("status"));

            w.CentralSystem.Call("SetChargingProfile", ProfileWithLimit(6));
            w.Advance(2000);
            AssertDuty(w, 10.0, "6 A");
            Assert.Contains("\"status\":\"Charging\"", w.LastSent("StatusNotification"));
        }

        [TestMethod]
        public void Offered_current_is_the_minimum_of_cable_rating_and_smart_charging_limit()
        {
            var w = Online();
            w.Type("plug 13");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(4000);
            w.CentralSystem.Call("SetChargingProfile", ProfileWithLimit(20));
            w.Advance(2000);
            AssertDuty(w, 21.67, "min(32 A max, 13 A cable, 20 A profile) = 13 A");
            w.CentralSystem.Call("SetChargingProfile", ProfileWithLimit(10));
            w.Advance(2000);
            AssertDuty(w, 16.67, "min(32 A max, 13 A cable, 10 A profile) = 10 A");
        }

        [TestMethod]
        public void TC_046_1_Reservation_local_start_blocks_another_card_and_lets_the_reserved_one_charge()
        {
            var w = Online();
            string id = w.CentralSystem.Call("ReserveNow", "{\"connectorId\":1,\"expiryDate\":\"2026-11-24T12:00:00.000Z\",\"idTag\":\"RES-1\",\"reservationId\":7}");
            w.Advance(1000);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id));
            Assert.Contains("\"status\":\"Reserved\"", w.LastSent("StatusNotification"));
            Assert.Contains("reservation: id 7 on connector 1 for RES-1 until 2026-11-24T12:00:00", w.Type("status"));

            w.Type("plug");
            w.Type("card OTHER-2");
            w.Type("ev charge");
            w.Advance(5000);
            Assert.AreEqual(0, w.CountSent("\"StartTransaction\""), "another card does not start:\n" + w.Frames());
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent, "no current offered to the other card");
            Assert.IsFalse(w.Board.Relay.ContactsClosed);

            w.Type("card RES-1");
            w.Advance(4000);
            Assert.AreEqual(1, w.CountSent("\"StartTransaction\""));
            Assert.Contains("\"idTag\":\"RES-1\"", w.LastSent("StartTransaction"));
            Assert.Contains("\"reservationId\":7", w.LastSent("StartTransaction"));
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "the reserved card charges");
            Assert.Contains("\"status\":\"Charging\"", w.LastSent("StatusNotification"));
            Assert.Contains("reservation: none", w.Type("status"));
        }

        [TestMethod]
        public void TC_043_Local_list_card_starts_offline_and_an_unknown_card_does_not()
        {
            var w = Online();
            string id = w.CentralSystem.Call("SendLocalList", "{\"listVersion\":3,\"updateType\":\"Full\",\"localAuthorizationList\":["
                + "{\"idTag\":\"LOCAL-1\",\"idTagInfo\":{\"status\":\"Accepted\"}}]}");
            w.Advance(500);
            Assert.AreEqual("{\"status\":\"Accepted\"}]", w.Answer(id));
            id = w.CentralSystem.Call("GetLocalListVersion", "{}");
            w.Advance(500);
            Assert.AreEqual("{\"listVersion\":3}]", w.Answer(id));

            // Offline across a reboot: the list is persistent.
            w.Transport.AcceptConnections = false;
            w.Transport.PeerDisconnect();
            w.Type("reboot");
            w.Advance(2000);
            Assert.AreEqual(1, w.Sim.Reboots);
            Assert.IsFalse(w.Charger.Ocpp.Session.IsConnected);
            int frames = w.CentralSystem.Transcript().Length;

            w.Type("plug");
            w.Type("card UNKNOWN-9");
            w.Type("ev charge");
            w.Advance(3000);
            Assert.IsFalse(w.Board.Relay.ContactsClosed, "unknown card offline: no session");
            Assert.AreEqual(100.0, w.Board.Pwm.EffectiveDutyPercent);

            w.Type("card LOCAL-1");
            w.Advance(3000);
            Assert.IsTrue(w.Board.Relay.ContactsClosed, "local-list card charges offline");
            Assert.AreEqual(frames, w.CentralSystem.Transcript().Length, "nothing was sent while offline");
            Assert.Contains(", 1 transactions, ", w.Type("status"));

            w.Transport.AcceptConnections = true;
            w.Advance(60000);
            Assert.AreEqual(1, w.CountSent("\"StartTransaction\""), "delivered after reconnecting:\n" + w.Frames());
            Assert.Contains("\"idTag\":\"LOCAL-1\"", w.LastSent("StartTransaction"));
            Assert.AreEqual(0, w.CountSent("\"Authorize\""), "the local list answered, not the Central System");
        }

        [TestMethod]
        public void Trigger_reports_the_real_firmware_status_and_UpdateFirmware_reboots_into_Installed()
        {
            var w = Online();
            w.CentralSystem.AutoReply("FirmwareStatusNotification", "{}");
            w.CentralSystem.Call("UpdateFirmware", "{\"location\":\"https://fw.example/cp-0.2.bin\",\"retrieveDate\":\"2026-11-24T09:00:00.000Z\"}");
            w.Advance(1000);
            Assert.Contains("\"status\":\"Downloading\"", w.LastSent("FirmwareStatusNotification"));
            w.CentralSystem.Call("TriggerMessage", "{\"requestedMessage\":\"FirmwareStatusNotification\"}");
            w.Advance(100);
            Assert.AreEqual(2, w.CountSent("{\"status\":\"Downloading\"}"), "triggered: the real status");
            Assert.AreEqual("https://fw.example/cp-0.2.bin", w.Sim.FirmwareUpdater.LastLocation);

            Assert.IsTrue(w.Sim.AdvanceUntil(() => w.Sim.Reboots == 1, 20000), "the install reboots the firmware");
            Assert.AreEqual(1, w.Sim.FirmwareUpdater.Installs);
            w.Advance(5000);
            Assert.Contains("\"status\":\"Installed\"", w.LastSent("FirmwareStatusNotification"));
            Assert.AreEqual(2, w.CountSent("\"BootNotification\""));
        }

        [TestMethod]
        public void Trigger_reports_the_real_diagnostics_status_during_an_upload()
        {
            var w = Online();
            w.CentralSystem.AutoReply("DiagnosticsStatusNotification", "{}");
            string id = w.CentralSystem.Call("GetDiagnostics", "{\"location\":\"https://support.example/upload\"}");
            w.Advance(500);
            Assert.AreEqual("{\"fileName\":\"diagnostics.log\"}]", w.Answer(id));
            Assert.AreEqual(1, w.CountSent("\"DiagnosticsStatusNotification\",{\"status\":\"Uploading\"}"));
            w.CentralSystem.Call("TriggerMessage", "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}");
            w.Advance(100);
            Assert.AreEqual(2, w.CountSent("\"DiagnosticsStatusNotification\",{\"status\":\"Uploading\"}"), "triggered: the real status");
            w.Advance(5000);
            Assert.Contains("\"status\":\"Uploaded\"", w.LastSent("DiagnosticsStatusNotification"));
            w.CentralSystem.Call("TriggerMessage", "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}");
            w.Advance(100);
            Assert.Contains("\"status\":\"Idle\"", w.LastSent("DiagnosticsStatusNotification"));
        }

        [TestMethod]
        public void A_platform_without_file_transfer_does_not_offer_FirmwareManagement()
        {
            var w = Online();
            Assert.IsNotNull(w.Charger.Certificates.Firmware, "the simulator has an updater: signed updates too");
            Assert.Contains("FirmwareManagement", w.Type("config get SupportedFeatureProfiles"));

            // The ESP32 platform leaves FirmwareUpdater/DiagnosticsUploader null (no OTA path yet).
            var clock = new SimulatedClock(new DateTime(2026, 11, 24, 9, 0, 0));
            var board = new SimulatedBoard(new SimulatedStorage(), clock, BoardCatalog.Default, 1);
            var platform = new ChargerPlatform(new SimulatedStorage(), clock, new BoardHooks(board.Ports), new FixedRandom(0), new ScriptedConsole());
            var device = new Charger(platform);
            Assert.IsNull(device.Certificates.Firmware, "no SignedUpdateFirmware either");
            Assert.AreEqual("Core,RemoteTrigger,LocalAuthListManagement,Reservation,SmartCharging", device.Ocpp.Configuration.Value(device.Ocpp.Configuration.Find("SupportedFeatureProfiles")));
        }
    }
}
