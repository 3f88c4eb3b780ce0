using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>OCTT 1.6 Smart Charging cases (doc §2.22), asserting the exact CALLRESULT payloads and the frames sent.</summary>
    [TestClass]
    public class SmartChargingTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";
        private const string Rejected = "{\"status\":\"Rejected\"}";
        private const string TxDefault = "TxDefaultProfile";
        private const string TxProfile = "TxProfile";
        private const string CpMax = "ChargePointMaxProfile";

        [TestMethod]
        public void TC_056_Central_smart_charging_TxDefaultProfile()
        {
            var k = new SmartChargingKit(1).Idle();
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[1], "no profile: no limit");
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(1, 0, TxDefault, "Relative", null, "A", "0:6")));
            Assert.AreEqual(k.Expected(1, 2000, 300, "A", "0:6"), k.Composite(1, 300, "A"));
            Assert.AreEqual(k.Expected(1, 3000, 300, "W", "0:4140"), k.Composite(1, 300, "W"), "6 A x 230 V x 3 phases");
            Assert.AreEqual(6.0, k.Limit[1]);
            Assert.AreEqual(6.0, k.Sc.LimitA(1));
            Assert.AreEqual("", k.W.Cs.Take(), "nothing is sent to the Central System");
        }

        [TestMethod]
        public void TC_056_TxDefaultProfile_in_watts_on_connector_0_applies_to_every_connector()
        {
            var k = new SmartChargingKit(2).Idle();
            Assert.AreEqual(Accepted, k.Set(0, SmartChargingKit.Profile(7, 0, TxDefault, "Relative", null, "W", "0:6000")));
            Assert.AreEqual(k.Expected(1, 2000, 60, "W", "0:6000"), k.Composite(1, 60, "W"));
            Assert.AreEqual(k.Expected(2, 3000, 60, "A", "0:8.7"), k.Composite(2, 60, null), "6000 W / (230 V x 3) = 8.7 A");
            Assert.AreEqual(8.7, k.Limit[1]);
            Assert.AreEqual(8.7, k.Limit[2]);
        }

        [TestMethod]
        public void ChargePointMaxProfile_alone_reaches_the_sink_as_connector_0_for_load_sharing()
        {
            var k = new SmartChargingKit(2).Idle();
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[0], "no profile: no charge point limit");
            Assert.AreEqual(Accepted, k.Set(0, SmartChargingKit.Profile(9, 0, CpMax, "Relative", null, "A", "0:20")));
            Assert.AreEqual(Accepted, k.Set(2, SmartChargingKit.Profile(10, 0, TxDefault, "Relative", null, "A", "0:8")));
            k.W.Run(100);
            Assert.AreEqual(20.0, k.Limit[0], "connector 0: the ChargePointMaxProfile alone, shared out by the EVSE side");
            Assert.AreEqual(20.0, k.Limit[1], "each connector is still capped by it");
            Assert.AreEqual(8.0, k.Limit[2]);
            Assert.AreEqual("", k.W.Cs.Take(), "no status change for connector 0");
        }

        [TestMethod]
        public void TC_057_Central_smart_charging_TxProfile()
        {
            var k = new SmartChargingKit(1).Charging();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(2, 1001, 0, TxProfile, "Relative", null, null, null, null, -1, "A", "0:10 60:8")));
            // Relative: the schedule started with the transaction (world 3.1 s); now is world 4.1 s.
            Assert.AreEqual(k.Expected(1, 4000, 120, "A", "0:10 59:8"), k.Composite(1, 120, "A"));
            Assert.AreEqual(10.0, k.Limit[1]);
            k.W.Run(60000);
            Assert.AreEqual(8.0, k.Limit[1], "second period after 60 s of transaction");
            string id = k.W.Cs.Call("RemoteStopTransaction", "{\"transactionId\":1001}");
            k.W.Run(2000);
            Assert.AreEqual(Accepted, k.W.Cs.Result(id));
            Assert.AreEqual(0, k.Sc.Count, "a TxProfile ends with its transaction");
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[1]);
        }

        [TestMethod]
        public void TxProfile_of_zero_amps_suspends_the_transaction_on_the_EVSE_side()
        {
            var k = new SmartChargingKit(1).Charging();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(8, 1001, 0, TxProfile, "Relative", null, null, null, null, -1, "A", "0:0 60:16")));
            Assert.AreEqual(0.0, k.Limit[1]);
            k.W.Run(500);
            Assert.AreEqual("StatusNotification {\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"SuspendedEVSE\",\"timestamp\":\"" + k.T(4000) + "\"}\n", k.W.Cs.Take());
            k.W.Run(59000);
            Assert.AreEqual(16.0, k.Limit[1]);
            string frames = k.W.Cs.Take();
            Assert.Contains("StatusNotification {\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Charging\",\"timestamp\":\"" + k.T(63100) + "\"}\n", frames,
                "exactly at the period boundary, 60 s after the transaction started: " + frames);
        }

        [TestMethod]
        public void Limit_below_SuspendBelowA_suspends_like_zero_and_only_when_configured()
        {
            var plain = new SmartChargingKit(1).Charging();
            Assert.AreEqual(Accepted, plain.Set(1, SmartChargingKit.Profile(8, 1001, 0, TxProfile, "Relative", null, null, null, null, -1, "A", "0:4")));
            plain.W.Run(500);
            Assert.AreEqual(4.0, plain.Limit[1]);
            Assert.AreEqual(-1, plain.W.Cs.Take().IndexOf("SuspendedEVSE"), "default: only 0 A suspends");

            var k = new SmartChargingKit(1);
            k.Sc.SuspendBelowA = 6;
            k.Charging();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(8, 1001, 0, TxProfile, "Relative", null, null, null, null, -1, "A", "0:4 60:6")));
            k.W.Run(500);
            Assert.AreEqual(4.0, k.Limit[1], "the sink still gets the real limit");
            Assert.Contains("\"status\":\"SuspendedEVSE\"", k.W.Cs.Take());
            k.W.Run(59000);
            Assert.AreEqual(6.0, k.Limit[1]);
            Assert.Contains("\"status\":\"Charging\"", k.W.Cs.Take(), "6 A can be offered again");
        }

        [TestMethod]
        public void TC_058_1_TxProfile_without_ongoing_transaction_rejected()
        {
            var k = new SmartChargingKit(1).Idle();
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(3, 0, TxProfile, "Relative", null, "A", "0:6")));
            Assert.AreEqual(Rejected, k.Set(0, SmartChargingKit.Profile(3, 0, TxProfile, "Relative", null, "A", "0:6")), "connector 0 has no transaction");
            Assert.AreEqual(0, k.Sc.Count);
            Assert.AreEqual(k.Expected(1, 3000, 30, "A", "0:32"), k.Composite(1, 30, "A"), "unlimited: the connector's maximum");
        }

        [TestMethod]
        public void TC_058_2_TxProfile_with_wrong_transactionId_rejected()
        {
            var k = new SmartChargingKit(1).Charging();
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(3, 999, 0, TxProfile, "Relative", null, null, null, null, -1, "A", "0:6")));
            Assert.AreEqual(0, k.Sc.Count);
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[1]);
        }

        [TestMethod]
        public void TC_082_TxDefaultProfile_with_ongoing_transaction()
        {
            var k = new SmartChargingKit(1).Charging();
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[1]);
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(4, 0, TxDefault, "Absolute", k.T(0), "A", "0:6")));
            Assert.AreEqual(6.0, k.Limit[1], "applies to the running transaction");
            Assert.AreEqual(k.Expected(1, 4000, 300, "A", "0:6"), k.Composite(1, 300, "A"));
            // A TxProfile overrides the default for this transaction only.
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(5, 1001, 0, TxProfile, "Relative", null, null, null, null, -1, "A", "0:16")));
            Assert.AreEqual(16.0, k.Limit[1]);
            k.W.Tx.Stop(1, ChargePoint.Ocpp.Model.Transactions.StopReason.Local, null, k.W.Now);
            k.W.Run(2000);
            Assert.AreEqual(6.0, k.Limit[1], "back to the TxDefaultProfile");
        }

        [TestMethod]
        public void TC_066_Get_composite_schedule_combines_purposes()
        {
            var k = new SmartChargingKit(1).Charging();
            // World now 4 s. Max 20 A from 60 s to 180 s (absolute), default 16 A then 10 A after 240 s, TxProfile 12 A for 100 s.
            Assert.AreEqual(Accepted, k.Set(0, SmartChargingKit.Profile(10, 0, 0, CpMax, "Absolute", null, null, null, k.T(4000), 400, "A", "0:32 60:20 180:32")));
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(11, 0, 0, TxDefault, "Absolute", null, null, null, k.T(4000), -1, "A", "0:16 240:10")));
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(12, 1001, 0, TxProfile, "Absolute", null, null, null, k.T(4000), 100, "A", "0:12")));
            // Composite at world 5.5 s (now rounded to 5 s): 12 (tx) → min(20,12) → 16 under 20 → min(32,16) → 10.
            Assert.AreEqual(k.Expected(1, 5000, 400, "A", "0:12 99:16 239:10"), k.Composite(1, 400, "A"));
            Assert.AreEqual(k.Expected(0, 6000, 400, "A", "0:32 58:20 178:32"), k.Composite(0, 400, "A"));
        }

        [TestMethod]
        public void Composite_schedule_never_repeats_a_startPeriod_when_a_limit_changes_inside_the_current_second()
        {
            var k = new SmartChargingKit(1).Charging();
            while (k.W.Now % 1000 != 200)
            {
                k.W.Run(100);
            }

            long second = k.W.Now - 200;
            // A TxDefaultProfile that starts 0.95 s into this second; the composite is asked at about 0.7 s.
            // Periods are whole seconds, so the change inside second 0 replaces the earlier limit there.
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(21, 0, 0, TxDefault, "Absolute", null, null, null, k.T(second + 950), -1, "A", "0:10")));
            Assert.AreEqual(k.Expected(1, second, 60, "A", "0:10"), k.Composite(1, 60, "A"));
        }

        [TestMethod]
        public void TC_067_Clear_charging_profile_by_id_and_by_purpose_and_stack_level()
        {
            var k = new SmartChargingKit(1).Idle();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(20, 0, TxDefault, "Relative", null, "A", "0:6")));
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(21, 1, TxDefault, "Relative", null, "A", "0:8")));
            Assert.AreEqual(k.Expected(1, 3000, 60, "A", "0:8"), k.Composite(1, 60, "A"), "stackLevel 1 wins");
            Assert.AreEqual(Accepted, k.Call("ClearChargingProfile", "{\"id\":21}"));
            Assert.AreEqual(k.Expected(1, 4000, 60, "A", "0:6"), k.Composite(1, 60, "A"));
            Assert.AreEqual("{\"status\":\"Unknown\"}", k.Call("ClearChargingProfile", "{\"id\":21}"));
            Assert.AreEqual("{\"status\":\"Unknown\"}", k.Call("ClearChargingProfile", "{\"chargingProfilePurpose\":\"TxDefaultProfile\",\"stackLevel\":1}"));
            Assert.AreEqual(Accepted, k.Call("ClearChargingProfile", "{\"chargingProfilePurpose\":\"TxDefaultProfile\",\"stackLevel\":0}"));
            Assert.AreEqual(0, k.Sc.Count);
            Assert.AreEqual(k.Expected(1, 6000, 60, "A", "0:32"), k.Composite(1, 60, "A"));
            Assert.AreEqual(SmartChargingService.NoLimit, k.Limit[1]);
        }

        [TestMethod]
        public void TC_067_Clear_all_and_by_connector()
        {
            var k = new SmartChargingKit(2).Idle();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(1, 0, TxDefault, "Relative", null, "A", "0:6")));
            Assert.AreEqual(Accepted, k.Set(2, SmartChargingKit.Profile(2, 0, TxDefault, "Relative", null, "A", "0:7")));
            Assert.AreEqual(Accepted, k.Set(0, SmartChargingKit.Profile(3, 0, CpMax, "Relative", null, "A", "0:20")));
            Assert.AreEqual(Accepted, k.Call("ClearChargingProfile", "{\"connectorId\":2}"));
            Assert.AreEqual(2, k.Sc.Count);
            Assert.AreEqual(20.0, k.Limit[2], "connector 2 keeps only the charge point maximum");
            Assert.AreEqual(6.0, k.Limit[1]);
            Assert.AreEqual(Accepted, k.Call("ClearChargingProfile", "{}"));
            Assert.AreEqual(0, k.Sc.Count);
            Assert.AreEqual("{\"status\":\"Unknown\"}", k.Call("ClearChargingProfile", "{}"));
        }

        [TestMethod]
        public void TC_072_Stacking_charging_profiles()
        {
            var k = new SmartChargingKit(1).Idle();
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(30, 0, 0, TxDefault, "Absolute", null, null, null, k.T(2000), -1, "A", "0:10")));
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(31, 0, 1, TxDefault, "Absolute", null, null, null, k.T(2000), 100, "A", "0:6")));
            Assert.AreEqual(k.Expected(1, 3000, 350, "A", "0:6 99:10"), k.Composite(1, 350, "A"));
            Assert.AreEqual(6.0, k.Limit[1]);
            k.W.Run(100000);
            Assert.AreEqual(10.0, k.Limit[1], "the higher stack level expired after its duration");
        }

        [TestMethod]
        public void TC_059_Remote_start_transaction_with_charging_profile()
        {
            var k = new SmartChargingKit(1).Idle();
            string tx = SmartChargingKit.Profile(40, 0, TxProfile, "Relative", null, "A", "0:12");
            Assert.AreEqual(Accepted, k.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG1\",\"chargingProfile\":" + tx + "}"));
            k.W.Hooks.Plugged[1] = true;
            k.W.Hooks.EvReady[1] = true;
            k.W.Run(2000);
            Assert.IsNotNull(k.W.Tx.RunningTransaction(1));
            Assert.AreEqual(1, k.Sc.Count);
            Assert.AreEqual(12.0, k.Limit[1]);
            Assert.AreEqual(k.Expected(1, 4000, 60, "A", "0:12"), k.Composite(1, 60, "A"));
        }

        [TestMethod]
        public void TC_060_Remote_start_transaction_with_charging_profile_rejected()
        {
            var k = new SmartChargingKit(1).Idle();
            string def = SmartChargingKit.Profile(41, 0, TxDefault, "Relative", null, "A", "0:12");
            Assert.AreEqual(Rejected, k.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG1\",\"chargingProfile\":" + def + "}"));
            k.W.Hooks.Plugged[1] = true;
            k.W.Run(2000);
            Assert.IsNull(k.W.Tx.RunningTransaction(1));
            Assert.AreEqual(0, k.W.Cs.Count("StartTransaction"));
            Assert.AreEqual(0, k.Sc.Count);
        }

        [TestMethod]
        public void Profiles_persist_across_reboot_but_TxProfile_does_not()
        {
            var k = new SmartChargingKit(1).Charging();
            Assert.AreEqual(Accepted, k.Set(0, SmartChargingKit.Profile(50, 0, CpMax, "Relative", null, "W", "0:11000")));
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(51, 0, TxDefault, "Relative", null, "A", "0:13")));
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(52, 1001, 0, TxProfile, "Relative", null, null, null, null, -1, "A", "0:7")));
            Assert.AreEqual(3, k.Sc.Count);
            k.Reboot();
            k.W.Run(2000);
            Assert.AreEqual(2, k.Sc.Count, "Errata 3.37: max and default profiles survive; the transaction ended with the power cut");
            Assert.AreEqual(13.0, k.Limit[1]);
            Assert.AreEqual(k.Expected(0, 7000, 60, "W", "0:11000"), k.Composite(0, 60, "W"));
        }

        [TestMethod]
        public void SetChargingProfile_validation_and_replacement()
        {
            var k = new SmartChargingKit(1).Idle();
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(1, 0, CpMax, "Relative", null, "A", "0:6")), "max profile only on connector 0");
            Assert.AreEqual(Rejected, k.Set(2, SmartChargingKit.Profile(1, 0, TxDefault, "Relative", null, "A", "0:6")), "unknown connector");
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(1, 9, TxDefault, "Relative", null, "A", "0:6")), "stackLevel above ChargeProfileMaxStackLevel");
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(1, 0, TxDefault, "Absolute", null, "A", "0:6")), "Absolute needs startSchedule");
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(1, 0, TxDefault, "Relative", null, "A", "10:6 5:8")), "periods out of order");
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(1, 0, TxDefault, "Relative", null, "A", "0:-1")), "negative limit");
            var many = new System.Text.StringBuilder("0:6");
            for (int i = 1; i <= 24; i++)
            {
                many.Append(' ').Append((i * 10).ToString()).Append(":6");
            }

            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(1, 0, TxDefault, "Relative", null, "A", many.ToString())), "25 periods > ChargingScheduleMaxPeriods");
            Assert.AreEqual(0, k.Sc.Count);

            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(1, 0, TxDefault, "Relative", null, "A", "0:6")));
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(1, 2, TxDefault, "Relative", null, "A", "0:9")));
            Assert.AreEqual(1, k.Sc.Count, "same id replaces");
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(2, 2, TxDefault, "Relative", null, "A", "0:11")));
            Assert.AreEqual(1, k.Sc.Count, "same connector, purpose and stackLevel replaces");
            Assert.AreEqual(11.0, k.Limit[1]);
            for (int i = 0; i < 15; i++)
            {
                Assert.AreEqual(Accepted, k.Set(0, SmartChargingKit.Profile(100 + i, i % 9, i < 9 ? TxDefault : CpMax, "Relative", null, "A", "0:20")));
            }

            Assert.AreEqual(16, k.Sc.Count);
            Assert.AreEqual(Rejected, k.Set(1, SmartChargingKit.Profile(200, 0, TxDefault, "Relative", null, "A", "0:6")), "MaxChargingProfilesInstalled");
        }

        [TestMethod]
        public void Validity_window_and_daily_recurrence()
        {
            var k = new SmartChargingKit(1).Idle();
            // Valid from world 62 s to 122 s.
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(60, 0, 0, TxDefault, "Relative", null, k.T(62000), k.T(122000), null, -1, "A", "0:6")));
            Assert.AreEqual(k.Expected(1, 2000, 180, "A", "0:32 60:6 120:32"), k.Composite(1, 180, "A"));
            Assert.AreEqual(Accepted, k.Call("ClearChargingProfile", "{}"));
            // Daily from midnight before the world epoch (2025-01-01T00:00:00Z): 10 A for the first hour of every day.
            Assert.AreEqual(Accepted, k.Set(1, SmartChargingKit.Profile(61, 0, 0, TxDefault, "Recurring", "Daily", null, null, "2024-12-25T00:00:00Z", 3600, "A", "0:10")));
            Assert.AreEqual(k.Expected(1, 4000, 86400, "A", "0:10 3596:32 86396:10"), k.Composite(1, 86400, "A"));
            Assert.AreEqual(10.0, k.Limit[1]);
        }

        [TestMethod]
        public void Keys_profile_and_no_clock()
        {
            var k = new SmartChargingKit(1);
            Assert.AreEqual("Rejected", k.Sc.CompositeSchedule(1, 60, "A", 0).Status, "the clock is not set before the boot is accepted");
            k.W.Run(2000);
            string conf = k.Call("GetConfiguration", "{\"key\":[\"SupportedFeatureProfiles\",\"ChargeProfileMaxStackLevel\",\"ChargingScheduleAllowedChargingRateUnit\",\"ChargingScheduleMaxPeriods\",\"MaxChargingProfilesInstalled\"]}");
            Assert.AreEqual("{\"configurationKey\":[" +
                "{\"key\":\"SupportedFeatureProfiles\",\"readonly\":true,\"value\":\"Core,SmartCharging\"}," +
                "{\"key\":\"ChargeProfileMaxStackLevel\",\"readonly\":true,\"value\":\"8\"}," +
                "{\"key\":\"ChargingScheduleAllowedChargingRateUnit\",\"readonly\":true,\"value\":\"Current,Power\"}," +
                "{\"key\":\"ChargingScheduleMaxPeriods\",\"readonly\":true,\"value\":\"24\"}," +
                "{\"key\":\"MaxChargingProfilesInstalled\",\"readonly\":true,\"value\":\"16\"}]}", conf);
            Assert.AreEqual("{\"status\":\"Rejected\"}", k.Composite(2, 60, "A"), "unknown connector");
        }
    }
}
