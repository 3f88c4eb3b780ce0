using ChargePoint.Firmware.App;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>
    /// "Nothing silent" on the console: every card outcome with its reason, settings that act the moment the console
    /// says ok, running versus pending values, and errors that say what is expected.
    /// </summary>
    [TestClass]
    public class ConsoleFeedbackTests
    {
        private static FirmwareWorld Online(string authorizeStatus)
        {
            var w = new FirmwareWorld(true);
            w.CentralSystem.AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"" + authorizeStatus + "\"}}");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StopTransaction", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("MeterValues", "{}");
            w.Advance(3000);
            Assert.IsTrue(w.Charger.Ocpp.IsAccepted, "boot accepted");
            return w;
        }

        [TestMethod]
        public void A_refused_card_offline_says_why()
        {
            var w = new FirmwareWorld(false);
            w.Type("plug 32");
            w.Type("ev charge");
            int from = w.Console.LineCount;
            w.Type("card ABC");
            w.Advance(1000);
            string output = w.Console.From(from);
            Assert.Contains("ok: card ABC presented", output);
            Assert.Contains("[warn] card ABC on connector 1 refused: unknown (offline)", output);
        }

        [TestMethod]
        public void An_accepted_card_offline_says_so_and_the_stop_too()
        {
            var w = new FirmwareWorld(false);
            w.Type("config set AllowOfflineTxForUnknownId true");
            w.Type("plug 32");
            Assert.Contains("[info] card ABC on connector 1 accepted: Accepted (unknown, offline)", w.Type("card ABC"));
            w.Advance(1000);
            Assert.IsNotNull(w.Charger.Transactions.RunningTransaction(Charger.ConnectorId));
            Assert.Contains("[warn] card XYZ on connector 1 refused: other card (offline)", w.Type("card XYZ"));
            Assert.Contains("[info] card ABC on connector 1 accepted: stop: same card", w.Type("card ABC"));
        }

        [TestMethod]
        public void Central_system_refusals_are_shown_with_their_status()
        {
            string[] statuses = new string[] { "Invalid", "Blocked", "Expired", "ConcurrentTx" };
            for (int i = 0; i < statuses.Length; i++)
            {
                var w = Online(statuses[i]);
                w.Type("plug");
                w.Type("card BAD-" + i.ToString());
                w.Advance(1000);
                Assert.Contains("[warn] card BAD-" + i.ToString() + " on connector 1 refused: " + statuses[i] + " (CS)", w.Console.Output);
                Assert.AreEqual(0, w.CountSent("\"StartTransaction\""));
            }

            var ok = Online("Accepted");
            ok.Type("plug");
            ok.Type("card GOOD");
            ok.Advance(1000);
            Assert.Contains("[info] card GOOD on connector 1 accepted: Accepted (CS)", ok.Console.Output);
        }

        [TestMethod]
        public void A_card_on_a_connector_reserved_for_another_idTag_is_refused_with_the_reason()
        {
            var w = Online("Accepted");
            w.CentralSystem.Call("ReserveNow", "{\"connectorId\":1,\"expiryDate\":\"2026-11-24T12:00:00.000Z\",\"idTag\":\"RES-1\",\"reservationId\":7}");
            w.Advance(1000);
            w.Type("plug");
            w.Type("card OTHER-2");
            w.Advance(1000);
            Assert.Contains("[warn] card OTHER-2 on connector 1 refused: reserved", w.Console.Output);
        }

        [TestMethod]
        public void A_second_card_while_one_is_authorized_is_refused_with_the_reason()
        {
            var w = new FirmwareWorld(false);
            w.Type("config set AllowOfflineTxForUnknownId true");
            w.Type("card FIRST");
            Assert.Contains("[warn] card SECOND on connector 1 refused: pending FIRST", w.Type("card SECOND"));
        }

        [TestMethod]
        public void Ocpp_key_set_and_card_in_one_burst_use_the_new_value()
        {
            var w = new FirmwareWorld(false);
            w.Type("plug 32");
            w.Console.Type("config set AllowOfflineTxForUnknownId true");
            w.Console.Type("card A");
            w.Advance(Charger.TickMs);
            w.Advance(1000);
            Assert.Contains("ok: AllowOfflineTxForUnknownId = true", w.Console.Output);
            Assert.IsNotNull(w.Charger.Transactions.RunningTransaction(Charger.ConnectorId), "the card started a session:\n" + w.Console.Output);
        }

        [TestMethod]
        public void Status_shows_running_values_and_marks_pending_ones()
        {
            var w = Online("Accepted");
            Assert.Contains("ok: ChargePointId = CP_NEW (after reboot)", w.Type("config set ChargePointId CP_NEW"));
            w.Type("config set CentralSystemUrl ws://other.test/ocpp");
            w.Type("config set MaxCurrent 16");
            string status = w.Type("status");
            Assert.Contains(" id CP_1\n", status, "what runs");
            Assert.Contains("central system: connected url ws://cs.test/ocpp/CP_1\n", status);
            Assert.Contains("pending reboot: CentralSystemUrl = ws://other.test/ocpp, ChargePointId = CP_NEW", status);
            Assert.Contains(" max 16 A", status, "a live setting is running at once");
            Assert.AreEqual("ChargePointId = CP_NEW (pending reboot; running: CP_1)", w.Type("config get ChargePointId"));

            Assert.Contains("ok: CentralSystemUrl = (not set)", w.Type("config clear CentralSystemUrl"));
            status = w.Type("status");
            Assert.Contains("central system: connected url ws://cs.test/ocpp/CP_1\n", status);
            Assert.Contains("pending reboot: CentralSystemUrl = (not set), ChargePointId = CP_NEW", status);

            w.Type("reboot");
            w.Advance(3000);
            status = w.Type("status");
            Assert.Contains(" id CP_NEW", status);
            Assert.Contains("central system: none url none (offline)", status);
            Assert.AreEqual(-1, status.IndexOf("pending"), status);
        }

        [TestMethod]
        public void Unplug_without_an_ev_is_an_error()
        {
            var w = new FirmwareWorld(false);
            Assert.AreEqual("error: not plugged: no EV to unplug", w.Type("unplug"));
            w.Type("plug");
            Assert.AreEqual("ok: EV unplugged", w.Type("unplug"));
            Assert.AreEqual("error: not plugged: no EV to unplug", w.Type("unplug"));
        }

        [TestMethod]
        public void Ocpp_key_errors_say_what_is_expected()
        {
            var w = new FirmwareWorld(false);
            Assert.AreEqual("error: HeartbeatInterval: expected integer >= 0", w.Type("config set HeartbeatInterval abc"));
            Assert.AreEqual("error: MessageTimeout: expected integer 1..3600", w.Type("config set MessageTimeout 0"));
            Assert.AreEqual("error: LocalPreAuthorize: expected true|false", w.Type("config set LocalPreAuthorize yes"));
            string list = w.Type("config set MeterValuesSampledData Bogus.Measurand");
            Assert.StartsWith("error: MeterValuesSampledData: expected <= ", list);
            Assert.Contains("Energy.Active.Import.Register", list);
            Assert.StartsWith("error: AuthorizationKey: expected <= 40 chars, 32-40 hex digits", w.Type("config set AuthorizationKey xyz"));
        }

        [TestMethod]
        public void None_is_a_valid_ssid_and_config_clear_empties_optional_settings()
        {
            var w = new FirmwareWorld(false);
            Assert.AreEqual("ok: WifiSsid = none (after reboot)", w.Type("config set WifiSsid none"));
            Assert.AreEqual("WifiSsid = none (pending reboot; running: (not set))", w.Type("config get WifiSsid"));
            Assert.AreEqual("ok: WifiSsid = (not set) (after reboot)", w.Type("config clear WifiSsid"));
            Assert.AreEqual("WifiSsid = (not set)", w.Type("config get WifiSsid"));
            Assert.StartsWith("error: MaxCurrent cannot be cleared", w.Type("config clear MaxCurrent"));
            Assert.StartsWith("error: unknown setting 'Frob'", w.Type("config clear Frob"));
            Assert.AreEqual("ok: CentralSystemUrl = (not set) (after reboot)", w.Type("config set CentralSystemUrl none"), "'none' still clears where it cannot be a value");
        }
    }
}
