using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>The whole firmware on the dual-connector board: two EVs, two pilots, two meters, one shared supply.</summary>
    [TestClass]
    public class DualConnectorTests
    {
        [TestMethod]
        public void The_dual_board_boots_with_NumberOfConnectors_2_and_reports_every_connector()
        {
            var w = DualConnectorKit.Dual();
            Assert.AreEqual(2, w.Charger.Evses.Length);
            Assert.AreEqual(1, w.CountSent("\"connectorId\":0,"), "StatusNotification for connector 0");
            Assert.AreEqual(1, w.CountSent("\"connectorId\":1,"), "StatusNotification for connector 1");
            Assert.AreEqual(1, w.CountSent("\"connectorId\":2,"), "StatusNotification for connector 2");
            string id = w.CentralSystem.Call("GetConfiguration", "{\"key\":[\"NumberOfConnectors\"]}");
            w.Advance(500);
            Assert.IsTrue(w.Answer(id).IndexOf("\"value\":\"2\"") >= 0, w.Answer(id));
        }

        [TestMethod]
        public void Two_sessions_run_concurrently_each_with_its_own_transaction_and_meter()
        {
            var w = DualConnectorKit.Dual();
            DualConnectorKit.StartCharging(w, 1, "TAG-1", 4711);
            DualConnectorKit.StartCharging(w, 2, "TAG-2", 4712);
            Assert.IsTrue(w.Board.Connector(1).Relay.ContactsClosed);
            Assert.IsTrue(w.Board.Connector(2).Relay.ContactsClosed);
            Assert.AreEqual(1, w.CountSent("\"connectorId\":2,\"idTag\":\"TAG-2\""), "StartTransaction on connector 2");
            w.Board.Connector(2).SetEvPowerKw(3.7);
            w.Advance(600000);
            long wh1 = w.Charger.EnergyActiveImportWh(1);
            long wh2 = w.Charger.EnergyActiveImportWh(2);
            Assert.IsTrue(wh1 > 600 && wh2 > 300 && wh1 > wh2 + 200, "separate registers: " + wh1.ToString() + " / " + wh2.ToString());
            Assert.IsTrue(w.Type("card 1 TAG-1").IndexOf("ok: card TAG-1 presented on connector 1") >= 0);
            w.Advance(3000);
            Assert.IsTrue(w.LastSent("StopTransaction").IndexOf("\"transactionId\":4711") >= 0, w.LastSent("StopTransaction"));
            Assert.IsFalse(w.Board.Connector(1).Relay.ContactsClosed, "connector 1 stopped");
            Assert.IsTrue(w.Board.Connector(2).Relay.ContactsClosed, "connector 2 still charging");
            Assert.AreEqual("Charging", w.Charger.Ocpp.Connectors[2].Status);
            Assert.IsTrue(w.LastSent("StopTransaction").IndexOf("4712") < 0, "no stop for connector 2");
        }

        [TestMethod]
        public void A_second_car_lowers_the_first_connector_before_its_own_offer_rises_within_the_site_limit()
        {
            var w = DualConnectorKit.Dual();
            w.Type("config set SiteLimit 20");
            DualConnectorKit.StartCharging(w, 1, "TAG-1", 4711);
            Near(20.0, Offered(w, 1), "alone: the whole site limit");
            w.Type("plug 2 32");
            w.Type("card 2 TAG-2");
            w.Type("ev 2 charge");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4712,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            bool firstDropped = false;
            for (int i = 0; i < 1000; i++)
            {
                w.Advance(10);
                double a1 = Offered(w, 1);
                double a2 = Offered(w, 2);
                firstDropped |= a1 < 19;
                Assert.IsTrue(a1 + a2 <= 20.05, "offered " + a1.ToString() + " + " + a2.ToString() + " at tick " + i.ToString());
                double drawn = w.Board.Connector(1).Ev.AmpsPerPhase + w.Board.Connector(2).Ev.AmpsPerPhase;
                Assert.IsTrue(drawn <= 20.05, "drawn " + drawn.ToString() + " at tick " + i.ToString());
                Assert.IsTrue(a2 == 0 || firstDropped, "connector 2 rose before connector 1 dropped");
            }

            Near(10.0, Offered(w, 1));
            Near(10.0, Offered(w, 2));
            Assert.AreEqual("Charging", w.Charger.Ocpp.Connectors[1].Status);
            Assert.AreEqual("Charging", w.Charger.Ocpp.Connectors[2].Status);
            string status = w.Type("status");
            Assert.IsTrue(status.IndexOf("load sharing: limit 20.0 A: 1 10.0 A 2 10.0 A") >= 0, status);
        }

        [TestMethod]
        public void Below_6_A_per_connector_the_later_session_is_SuspendedEVSE_with_no_PWM()
        {
            var w = DualConnectorKit.Dual();
            w.Type("config set SiteLimit 10");
            DualConnectorKit.StartCharging(w, 1, "TAG-1", 4711);
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4712,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.Type("plug 2 32");
            w.Type("card 2 TAG-2");
            w.Type("ev 2 charge");
            w.Advance(5000);
            Near(10.0, Offered(w, 1));
            Assert.AreEqual(ControlPilot.NoPwmPercent, w.Board.Connector(2).Pwm.EffectiveDutyPercent, "steady +12 V, no duty below 10 %");
            Assert.AreEqual("SuspendedEVSE", w.Charger.Ocpp.Connectors[2].Status);
            Assert.IsTrue(w.LastSent("\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"SuspendedEVSE\"").Length > 0, "reported");
            w.Type("config set SiteLimit 0");
            w.Advance(3000);
            Assert.AreEqual("Charging", w.Charger.Ocpp.Connectors[2].Status, "no site limit any more: both charge");
            Near(32.0, Offered(w, 2));
        }

        [TestMethod]
        public void A_ChargePointMaxProfile_on_connector_0_is_shared_between_two_sessions()
        {
            var w = DualConnectorKit.Dual();
            DualConnectorKit.StartCharging(w, 1, "TAG-1", 4711);
            DualConnectorKit.StartCharging(w, 2, "TAG-2", 4712);
            string id = w.CentralSystem.Call("SetChargingProfile", "{\"connectorId\":0,\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"ChargePointMaxProfile\",\"chargingProfileKind\":\"Absolute\",\"chargingSchedule\":{\"startSchedule\":\"2026-11-24T00:00:00.000Z\","
                + "\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":24}]}}}");
            w.Advance(8000);
            Assert.IsTrue(w.Answer(id).IndexOf("Accepted") >= 0, w.Answer(id));
            Near(12.0, Offered(w, 1));
            Near(12.0, Offered(w, 2));
        }

        [TestMethod]
        public void Console_commands_take_a_connector_number_and_the_old_forms_mean_connector_1()
        {
            var w = DualConnectorKit.Dual();
            Assert.IsTrue(w.Type("plug").IndexOf("ok: EV plugged in on connector 1 (32 A cable)") >= 0);
            Assert.IsTrue(w.Type("plug 2 20").IndexOf("ok: EV plugged in on connector 2 (20 A cable)") >= 0);
            Assert.IsTrue(w.Type("plug 3 32").IndexOf("error: usage: plug [<connector>]") >= 0);
            Assert.IsTrue(w.Type("ev 2 power 3.7").IndexOf("ok: EV power 3.7 kW on connector 2") >= 0);
            Assert.IsTrue(w.Type("unplug 2").IndexOf("ok: EV unplugged on connector 2") >= 0);
            Assert.IsFalse(w.Board.Connector(2).Ev.IsPlugged);
            Assert.IsTrue(w.Board.Connector(1).Ev.IsPlugged);
            w.Advance(2000);
            string status = w.Type("status");
            Assert.IsTrue(status.IndexOf("connector 1 status: Preparing") >= 0, status);
            Assert.IsTrue(status.IndexOf("connector 2 status: Available") >= 0, status);
            Assert.IsTrue(status.IndexOf("meter 2:") >= 0, status);
        }

        [TestMethod]
        public void Each_connector_has_its_own_RCD_latch_record_and_energy_register()
        {
            var w = DualConnectorKit.Dual();
            w.Type("fault 2 rcd");
            w.Advance(1000);
            Assert.AreEqual("Faulted", w.Charger.Ocpp.Connectors[2].Status);
            Assert.AreEqual("Available", w.Charger.Ocpp.Connectors[1].Status);
            Assert.IsTrue(w.Storage.Exists("rcd2.latch"));
            Assert.IsFalse(w.Storage.Exists("rcd.latch"));
            // A factory reset keeps every connector's energy register (billing data), not its RCD latch.
            w.Storage.Write("meter2.energy", new byte[] { 1, 2, 3 });
            w.Charger.FactoryReset();
            Assert.IsTrue(w.Storage.Exists("meter2.energy"));
            Assert.IsFalse(w.Storage.Exists("rcd2.latch"));
        }

        [TestMethod]
        public void A_power_cut_ends_both_sessions_with_PowerLoss_each_billed_on_its_own_meter()
        {
            var w = DualConnectorKit.Dual();
            DualConnectorKit.StartCharging(w, 1, "TAG-1", 4711);
            w.Board.Connector(2).SetEvPowerKw(3.7);
            DualConnectorKit.StartCharging(w, 2, "TAG-2", 4712);
            w.Advance(600000);
            long before1 = w.Charger.EnergyActiveImportWh(1);
            long before2 = w.Charger.EnergyActiveImportWh(2);
            w.Sim.PowerCut();
            w.Advance(5000);
            string stop1 = SentWith(w, "\"StopTransaction\"", "\"transactionId\":4711");
            string stop2 = SentWith(w, "\"StopTransaction\"", "\"transactionId\":4712");
            Assert.IsTrue(stop1.IndexOf("\"reason\":\"PowerLoss\"") >= 0, stop1);
            Assert.IsTrue(stop2.IndexOf("\"reason\":\"PowerLoss\"") >= 0, stop2);
            long meterStop1 = FrameText.NumberAfter(stop1, "\"meterStop\":");
            long meterStop2 = FrameText.NumberAfter(stop2, "\"meterStop\":");
            Assert.IsTrue(meterStop1 >= before1 && meterStop1 == w.Charger.EnergyActiveImportWh(1), "connector 1: " + meterStop1.ToString() + " / " + before1.ToString());
            Assert.IsTrue(meterStop2 >= before2 && meterStop2 == w.Charger.EnergyActiveImportWh(2), "connector 2: " + meterStop2.ToString() + " / " + before2.ToString());
            Assert.IsTrue(meterStop2 < meterStop1 - 200, "separate registers: " + meterStop1.ToString() + " / " + meterStop2.ToString());
            Assert.AreEqual(1, CountWith(w, "\"StopTransaction\"", "\"transactionId\":4711"), "one stop for 4711");
            Assert.AreEqual(1, CountWith(w, "\"StopTransaction\"", "\"transactionId\":4712"), "one stop for 4712");
        }

        /// <summary>The last frame the charger sent that contains both fragments ("" when none).</summary>
        private static string SentWith(FirmwareWorld w, string a, string b)
        {
            string[] t = w.CentralSystem.Transcript();
            for (int i = t.Length - 1; i >= 0; i--)
            {
                if (t[i].StartsWith("> ") && t[i].IndexOf(a) >= 0 && t[i].IndexOf(b) >= 0)
                {
                    return t[i];
                }
            }

            return string.Empty;
        }

        private static int CountWith(FirmwareWorld w, string a, string b)
        {
            string[] t = w.CentralSystem.Transcript();
            int n = 0;
            for (int i = 0; i < t.Length; i++)
            {
                n += t[i].StartsWith("> ") && t[i].IndexOf(a) >= 0 && t[i].IndexOf(b) >= 0 ? 1 : 0;
            }

            return n;
        }

        private static void Near(double expected, double actual, string message = "")
        {
            Assert.IsTrue(actual > expected - 0.5 && actual < expected + 0.5, "expected " + expected.ToString() + " A, got " + actual.ToString() + " " + message);
        }

        /// <summary>The current the pilot signals, read from the PWM pin's duty cycle (0 without PWM).</summary>
        private static double Offered(FirmwareWorld w, int connector)
        {
            double duty = w.Board.Connector(connector).Pwm.EffectiveDutyPercent;
            return duty > 0 && duty < 100 ? SimulatedEv.AmpsForPercent(duty) : 0;
        }
    }
}
