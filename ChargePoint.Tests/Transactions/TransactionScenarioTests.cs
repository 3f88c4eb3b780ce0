using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>OCTT 1.6 charge-point cases for transactions, asserting the exact frames the Central System receives.</summary>
    [TestClass]
    public class TransactionScenarioTests
    {
        private const string Avail1 = "StatusNotification {\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"";
        private const string Prep1 = "StatusNotification {\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Preparing\",\"timestamp\":\"";
        private const string Charging1 = "StatusNotification {\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Charging\",\"timestamp\":\"";
        private const string Finishing1 = "StatusNotification {\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Finishing\",\"timestamp\":\"";

        [TestMethod]
        public void TC_003_Regular_charging_session_plugin_first()
        {
            var w = Idle();
            w.Hooks.Plugged[1] = true;
            w.Run(1000);
            Expect(w, Prep1 + T(w, 2000) + "\"}\n");
            Present(w, "TAG1");
            w.Hooks.EvReady[1] = true;
            w.Run(1000);
            Expect(w,
                "Authorize {\"idTag\":\"TAG1\"}\n" +
                StartLine(w, "TAG1", 3100) +
                Charging1 + T(w, 3200) + "\"}\n");
            Assert.AreEqual(32.0, w.Hooks.Offered[1]);
        }

        [TestMethod]
        public void TC_004_1_Regular_charging_session_identification_first()
        {
            var w = Idle();
            Present(w, "TAG1");
            w.Run(1000);
            Expect(w, "Authorize {\"idTag\":\"TAG1\"}\n" + Prep1 + T(w, 2100) + "\"}\n");
            PlugInEv(w);
            w.Run(1000);
            Expect(w,
                Charging1 + T(w, 3000) + "\"}\n" +
                StartLine(w, "TAG1", 3000));
        }

        [TestMethod]
        public void TC_004_2_Identification_first_ConnectionTimeOut()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.ConnectionTimeOut), "10");
            Present(w, "TAG1");
            w.Run(9000);
            Expect(w, "Authorize {\"idTag\":\"TAG1\"}\n" + Prep1 + T(w, 2100) + "\"}\n");
            w.Run(2000);
            Expect(w, Avail1 + T(w, 12100) + "\"}\n");
            w.Hooks.Plugged[1] = true;
            w.Run(1000);
            Assert.AreEqual(0, w.Cs.Count("StartTransaction"), "the authorization lapsed");
        }

        [TestMethod]
        public void TC_005_1_EV_side_disconnected_stop_and_unlock()
        {
            var w = Charging();
            w.Hooks.Plugged[1] = false;
            w.Run(1000);
            Expect(w,
                Finishing1 + T(w, 4000) + "\"}\n" +
                StopLine(w, null, 0, 4000, "EVDisconnected"));
            Assert.AreEqual(1, w.Hooks.Unlocks);
            Assert.AreEqual(0.0, w.Hooks.Offered[1]);
        }

        [TestMethod]
        public void TC_005_2_EV_side_disconnected_stop_without_unlock()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.UnlockConnectorOnEVSideDisconnect), "false");
            StartCharging(w);
            w.Hooks.Plugged[1] = false;
            w.Run(1000);
            Expect(w,
                Finishing1 + T(w, 4000) + "\"}\n" +
                StopLine(w, null, 0, 4000, "EVDisconnected"));
            Assert.AreEqual(0, w.Hooks.Unlocks);
            Assert.AreEqual("{\"status\":\"Unlocked\"}", Answer(w, "UnlockConnector", "{\"connectorId\":1}", 200));
            w.Run(30000);
            Expect(w, Avail1 + T(w, 34000) + "\"}\n");
        }

        [TestMethod]
        public void TC_005_3_EV_side_disconnected_transaction_kept_then_remote_stop()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.StopTransactionOnEVSideDisconnect), "false");
            w.Set(nameof(ConfigKeys.UnlockConnectorOnEVSideDisconnect), "false");
            StartCharging(w);
            w.Hooks.Plugged[1] = false;
            w.Hooks.EvReady[1] = false;
            w.Run(1000);
            Expect(w, "StatusNotification {\"connectorId\":1,\"errorCode\":\"NoError\",\"info\":\"EV side disconnected\",\"status\":\"SuspendedEV\",\"timestamp\":\"" + T(w, 4000) + "\"}\n");
            Assert.AreEqual("{\"status\":\"Accepted\"}", Answer(w, "RemoteStopTransaction", "{\"transactionId\":1001}", 1000));
            Expect(w,
                StopLine(w, null, 0, 5000, "Remote") +
                Avail1 + T(w, 5100) + "\"}\n");
        }

        [TestMethod]
        public void TC_007_Regular_start_charging_session_cached_id()
        {
            // The id is in the authorization cache and LocalPreAuthorize is on: no Authorize.req.
            var w2 = Idle();
            w2.Set(nameof(ConfigKeys.LocalPreAuthorize), "true");
            w2.Tx.Authorization.Learn("TAG2", new ChargePoint.Ocpp.Model.Transactions.IdTagInfo(ChargePoint.Ocpp.Model.Transactions.IdTagInfo.Accepted, 0, null));
            w2.Hooks.Plugged[1] = true;
            w2.Run(1000);
            Present(w2, "TAG2");
            w2.Hooks.EvReady[1] = true;
            w2.Run(1000);
            Expect(w2,
                Prep1 + T(w2, 2000) + "\"}\n" +
                StartLine(w2, "TAG2", 2900) +
                Charging1 + T(w2, 3100) + "\"}\n");
        }

        [TestMethod]
        public void TC_010_Remote_start_cable_plugged_in_first()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.AuthorizeRemoteTxRequests), "true");
            PlugInEv(w);
            w.Run(1000);
            Assert.AreEqual("{\"status\":\"Accepted\"}", Answer(w, "RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG1\"}", 1000));
            Expect(w,
                Prep1 + T(w, 2000) + "\"}\n" +
                "Authorize {\"idTag\":\"TAG1\"}\n" +
                StartLine(w, "TAG1", 3100) +
                Charging1 + T(w, 3200) + "\"}\n");
        }

        [TestMethod]
        public void ChangeConfiguration_and_RemoteStartTransaction_in_one_pass_use_the_new_AuthorizeRemoteTxRequests()
        {
            var w = Idle();
            PlugInEv(w);
            w.Run(1000);
            string change = w.Cs.Call("ChangeConfiguration", "{\"key\":\"AuthorizeRemoteTxRequests\",\"value\":\"true\"}");
            string id = w.Cs.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG1\"}");
            w.Run(1000);
            Assert.AreEqual("{\"status\":\"Accepted\"}", w.Cs.Result(change));
            Assert.AreEqual("{\"status\":\"Accepted\"}", w.Cs.Result(id));
            Expect(w,
                Prep1 + T(w, 2000) + "\"}\n" +
                "Authorize {\"idTag\":\"TAG1\"}\n" +
                StartLine(w, "TAG1", 3100) +
                Charging1 + T(w, 3200) + "\"}\n");
        }

        [TestMethod]
        public void TC_011_1_Remote_start_first_then_plug()
        {
            var w = Idle();
            Assert.AreEqual("{\"status\":\"Accepted\"}", Answer(w, "RemoteStartTransaction", "{\"idTag\":\"TAG1\"}", 1000));
            Expect(w, Prep1 + T(w, 2000) + "\"}\n");
            PlugInEv(w);
            w.Run(1000);
            Expect(w,
                Charging1 + T(w, 3000) + "\"}\n" +
                StartLine(w, "TAG1", 3000));
        }

        [TestMethod]
        public void TC_011_2_Remote_start_time_out()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.ConnectionTimeOut), "5");
            w.Cs.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG1\"}");
            w.Run(6000);
            Expect(w, Prep1 + T(w, 2000) + "\"}\n" + Avail1 + T(w, 7000) + "\"}\n");
        }

        [TestMethod]
        public void TC_012_Remote_stop_charging_session()
        {
            var w = Charging();
            w.Meter(1).AddEnergy(1500);
            Assert.AreEqual("{\"status\":\"Accepted\"}", Answer(w, "RemoteStopTransaction", "{\"transactionId\":1001}", 1000));
            Expect(w,
                StopLine(w, null, 1500, 4000, "Remote") +
                Finishing1 + T(w, 4100) + "\"}\n");
            Assert.AreEqual(0.0, w.Hooks.Offered[1]);
        }

        [TestMethod]
        public void TC_015_Hard_reset_with_transaction()
        {
            ResetWithTransaction("Hard", "HardReset");
        }

        [TestMethod]
        public void TC_016_Soft_reset_with_transaction()
        {
            ResetWithTransaction("Soft", "SoftReset");
        }

        [TestMethod]
        public void TC_023_Authorize_invalid_no_transaction()
        {
            var w = Idle();
            w.Cs.SetTag("BAD", OcppEnum.Invalid, null);
            w.Hooks.Plugged[1] = true;
            w.Run(1000);
            Present(w, "BAD");
            w.Run(2000);
            Expect(w, Prep1 + T(w, 2000) + "\"}\n" + "Authorize {\"idTag\":\"BAD\"}\n");
            Assert.AreEqual(0, w.Cs.Count("StartTransaction"));
        }

        [TestMethod]
        public void TC_026_Remote_start_rejected_when_a_transaction_runs()
        {
            var w = Charging();
            Assert.AreEqual("{\"status\":\"Rejected\"}", Answer(w, "RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG2\"}", 500));
            Assert.AreEqual("", w.Cs.Take());
        }

        [TestMethod]
        public void TC_027_Remote_start_connector_0_rejected()
        {
            var w = Idle();
            string id = w.Cs.Call("RemoteStartTransaction", "{\"connectorId\":0,\"idTag\":\"TAG1\"}");
            w.Run(500);
            // The schema says connectorId > 0: the codec answers it as a CallError, which OCTT accepts as a refusal.
            string? result = w.Cs.Result(id);
            Assert.IsTrue(result == "{\"status\":\"Rejected\"}" || (result != null && result.StartsWith("\"PropertyConstraintViolation\"")), result ?? "no answer");
            Assert.AreEqual("Rejected", w.Tx.RemoteStart(0, "TAG1", w.Now));
            Assert.AreEqual("", w.Cs.Take());
        }

        [TestMethod]
        public void TC_028_Remote_stop_unknown_transaction_rejected()
        {
            var w = Charging();
            Assert.AreEqual("{\"status\":\"Rejected\"}", Answer(w, "RemoteStopTransaction", "{\"transactionId\":4242}", 500));
            Assert.AreEqual("", w.Cs.Take());
        }

        [TestMethod]
        public void TC_032_2_Power_failure_without_backup_closes_with_PowerLoss_after_reboot()
        {
            var w = Charging();
            w.Meter(1).AddEnergy(2000);
            w.Run(60000); // one periodic sample at 63.1 s
            w.Cs.Take();
            w.Meter(1).AddEnergy(300); // metered, then the power goes
            w.Flash.CutPowerNow();
            w.Reboot();
            w.Run(2000);
            string frames = w.Cs.Take();
            Assert.Contains(
                StopLine(w, null, 2300, 63100, "PowerLoss"),
                frames);
            Assert.AreEqual(0, w.Tx.Journal.Transactions().Length, "nothing stays stuck");
            Assert.AreEqual(1, w.Cs.Count("StopTransaction"));
        }

        [TestMethod]
        public void TC_036_Connection_loss_queued_meter_values_go_out_in_order_first()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.MeterValueSampleInterval), "10");
            StartCharging(w);
            GoOffline(w);
            for (int i = 0; i < 3; i++)
            {
                w.Meter(1).AddEnergy(100);
                w.Run(10000);
            }

            GoOnline(w);
            string queued = MeterLine(w, 100, 13100) + MeterLine(w, 200, 23100) + MeterLine(w, 300, 33100);
            string sent = OnlyMeterValues(w.Cs.Take());
            Assert.IsTrue(sent.StartsWith(queued), "queued values first, in order, one interval apart:\n" + sent);
            w.Meter(1).AddEnergy(100);
            w.Run(10000);
            string next = OnlyMeterValues(w.Cs.Take());
            Assert.IsTrue(next.IndexOf("\"value\":\"400\"") > 0, next);
        }

        [TestMethod]
        public void TC_037_1_Offline_start_transaction_valid_id()
        {
            var w = Idle();
            w.Tx.Authorization.Learn("TAG1", new ChargePoint.Ocpp.Model.Transactions.IdTagInfo(ChargePoint.Ocpp.Model.Transactions.IdTagInfo.Accepted, 0, null));
            StartOffline(w, "TAG1");
            Assert.IsNotNull(w.Tx.RunningTransaction(1));
            GoOnline(w);
            string frames = w.Cs.Take();
            Assert.Contains(StartLine(w, "TAG1", 2500), frames);
            Assert.Contains("\"status\":\"Charging\"", frames);
        }

        [TestMethod]
        public void TC_037_2_Offline_start_invalid_id_suspends_when_StopTransactionOnInvalidId_is_false()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.StopTransactionOnInvalidId), "false");
            w.Set("AllowOfflineTxForUnknownId", "true");
            w.Cs.SetTag("BAD", OcppEnum.Invalid, null);
            StartOffline(w, "BAD");
            w.Cs.Take();
            GoOnline(w);
            string frames = w.Cs.Take();
            Assert.Contains("StartTransaction {\"connectorId\":1,\"idTag\":\"BAD\"", frames);
            Assert.Contains("\"status\":\"SuspendedEVSE\"", frames);
            Assert.AreEqual(0, w.Cs.Count("StopTransaction"));
            Assert.AreEqual(0.0, w.Hooks.Offered[1]);
            Assert.IsNotNull(w.Tx.RunningTransaction(1));
        }

        [TestMethod]
        public void TC_037_3_Offline_start_invalid_id_stops_DeAuthorized()
        {
            var w = Idle();
            w.Set("AllowOfflineTxForUnknownId", "true");
            w.Cs.SetTag("BAD", OcppEnum.Invalid, null);
            StartOffline(w, "BAD");
            GoOnline(w);
            string frames = w.Cs.Take();
            Assert.Contains("StopTransaction {\"meterStop\":0,\"timestamp\":\"", frames);
            Assert.Contains("\"transactionId\":1001,\"reason\":\"DeAuthorized\"}", frames);
            Assert.Contains("\"status\":\"Finishing\"", frames);
        }

        [TestMethod]
        public void TC_038_Offline_stop_transaction()
        {
            var w = Charging();
            GoOffline(w);
            w.Meter(1).AddEnergy(700);
            Present(w, "TAG1");
            w.Run(500);
            GoOnline(w);
            string frames = w.Cs.Take();
            Assert.Contains(StopLine(w, "TAG1", 700, 4000, "Local"), frames);
            Assert.Contains("\"status\":\"Finishing\"", frames);
        }

        [TestMethod]
        public void TC_039_Offline_transaction_start_then_stop_in_order()
        {
            var w = Idle();
            w.Set("AllowOfflineTxForUnknownId", "true");
            StartOffline(w, "TAG9");
            w.Meter(1).AddEnergy(900);
            Present(w, "TAG9");
            w.Run(500);
            w.Reboot(); // offline and a reset too (MicroOcpp #454)
            w.Transport.AcceptConnections = true;
            w.Run(3000);
            string frames = OnlyTransactions(w.Cs.Take());
            Assert.AreEqual(
                StartLine(w, "TAG9", 2500) +
                StopLine(w, "TAG9", 900, 3000, "Local"),
                frames);
        }

        [TestMethod]
        public void TC_041_Fault_no_transaction_may_start()
        {
            var w = Idle();
            w.Cp.Connectors[1].SetFault(OcppEnum.GroundFailure, null, null);
            w.Hooks.Plugged[1] = true;
            w.Run(500);
            Present(w, "TAG1");
            string remote = w.Cs.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG1\"}");
            w.Run(1000);
            Assert.AreEqual("{\"status\":\"Rejected\"}", w.Cs.Result(remote));
            Assert.AreEqual(0, w.Cs.Count("Authorize"));
            Assert.AreEqual(0, w.Cs.Count("StartTransaction"));
        }

        [TestMethod]
        public void TC_061_Clear_authorization_cache()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.LocalPreAuthorize), "true");
            Present(w, "TAG1");
            w.Run(1000);
            Assert.IsNotNull(w.Tx.Authorization.LookUp("TAG1"));
            Assert.AreEqual("{\"status\":\"Accepted\"}", Answer(w, "ClearCache", "{}", 200));
            Assert.IsNull(w.Tx.Authorization.LookUp("TAG1"));
            w.Set("AuthorizationCacheEnabled", "false");
            w.Run(200);
            Assert.AreEqual("{\"status\":\"Rejected\"}", Answer(w, "ClearCache", "{}", 200), "no cache: Rejected (Errata 3.23)");
        }

        [TestMethod]
        public void TC_068_Stop_only_with_the_same_idTag()
        {
            var w = Charging();
            w.Cs.SetTag("OTHER", OcppEnum.Accepted, "GROUP2");
            Present(w, "OTHER");
            w.Run(1000);
            Expect(w, "Authorize {\"idTag\":\"OTHER\"}\n");
            Assert.IsNotNull(w.Tx.RunningTransaction(1));
            Present(w, "TAG1");
            w.Run(1000);
            Expect(w,
                StopLine(w, "TAG1", 0, 4900, "Local") +
                Finishing1 + T(w, 5100) + "\"}\n");
        }

        [TestMethod]
        public void TC_069_Stop_with_another_idTag_of_the_same_parent()
        {
            var w = Idle();
            w.Cs.SetTag("TAG1", OcppEnum.Accepted, "GROUP1");
            w.Cs.SetTag("TAG2", OcppEnum.Accepted, "GROUP1");
            StartCharging(w);
            Present(w, "TAG2");
            w.Run(1000);
            Expect(w,
                "Authorize {\"idTag\":\"TAG2\"}\n" +
                StopLine(w, "TAG2", 0, 4100, "Local") +
                Finishing1 + T(w, 4200) + "\"}\n");
        }

        [TestMethod]
        public void TC_070_Sampled_meter_values()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.MeterValueSampleInterval), "20");
            w.Set(nameof(ConfigKeys.MeterValuesSampledData), "Energy.Active.Import.Register,Current.Import,Voltage");
            StartCharging(w);
            w.Meter(1).CurrentA = 16;
            w.Meter(1).AddEnergy(111);
            w.Run(20000);
            Expect(w,
                "MeterValues {\"connectorId\":1,\"transactionId\":1001,\"meterValue\":[{\"timestamp\":\"" + T(w, 23100) + "\",\"sampledValue\":[" +
                "{\"value\":\"111\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}," +
                "{\"value\":\"16\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\",\"phase\":\"L1\",\"location\":\"Outlet\",\"unit\":\"A\"}," +
                "{\"value\":\"230\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L1-N\",\"location\":\"Outlet\",\"unit\":\"V\"}]}]}\n");
            w.Run(20000);
            Assert.AreEqual(2, w.Cs.Count("MeterValues"));
            Assert.AreEqual("{\"status\":\"Rejected\"}", Answer(w, "ChangeConfiguration", "{\"key\":\"MeterValuesSampledData\",\"value\":\"SoC\"}", 200), "the meter has no SoC");
        }

        [TestMethod]
        public void TC_071_Clock_aligned_meter_values_on_the_grid()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.ClockAlignedDataInterval), "20");
            w.Set(nameof(ConfigKeys.MeterValueSampleInterval), "0");
            w.Run(20000);
            // Outside a transaction: plain MeterValues without transactionId, on :20 and :40... exactly.
            string frames = OnlyMeterValues(w.Cs.Take());
            Assert.Contains("MeterValues {\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2025-01-01T00:00:20.000Z\",\"sampledValue\":[{\"value\":\"0\",\"context\":\"Sample.Clock\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}]}\n", frames);
            StartCharging(w);
            w.Meter(1).AddEnergy(50);
            w.Run(20000);
            frames = OnlyMeterValues(w.Cs.Take());
            Assert.Contains("MeterValues {\"connectorId\":1,\"transactionId\":1001,\"meterValue\":[{\"timestamp\":\"2025-01-01T00:00:40.000Z\",\"sampledValue\":[{\"value\":\"50\",\"context\":\"Sample.Clock\"", frames);
        }

        [TestMethod]
        public void ChangeAvailability_is_Scheduled_while_a_transaction_runs_and_applies_after_it()
        {
            var w = Charging();
            Assert.AreEqual("{\"status\":\"Scheduled\"}", Answer(w, "ChangeAvailability", "{\"connectorId\":1,\"type\":\"Inoperative\"}", 500));
            Assert.AreEqual("", OnlyStatus(w.Cs.Take()), "still Charging");
            Present(w, "TAG1");
            w.Hooks.Plugged[1] = false;
            w.Run(1000);
            Assert.Contains("\"status\":\"Unavailable\"", w.Cs.Take());
        }

        [TestMethod]
        public void TC_018_1_Unlock_connector_with_a_session_stops_it_with_UnlockCommand()
        {
            var w = Charging();
            Assert.AreEqual("{\"status\":\"Unlocked\"}", Answer(w, "UnlockConnector", "{\"connectorId\":1}", 1000));
            Assert.Contains("\"transactionId\":1001,\"reason\":\"UnlockCommand\"}", w.Cs.Take());
        }

        [TestMethod]
        public void EV_not_drawing_is_SuspendedEV_and_resumes_Charging()
        {
            var w = Charging();
            w.Hooks.EvReady[1] = false;
            w.Run(1000);
            Assert.Contains("\"status\":\"SuspendedEV\"", w.Cs.Take());
            w.Hooks.EvReady[1] = true;
            w.Run(1000);
            Assert.Contains("\"status\":\"Charging\"", w.Cs.Take());
        }

        [TestMethod]
        public void StopTxnSampledData_puts_begin_periodic_and_end_values_into_transactionData()
        {
            var w = Idle();
            w.Set(nameof(ConfigKeys.StopTxnSampledData), "Energy.Active.Import.Register");
            w.Set(nameof(ConfigKeys.MeterValueSampleInterval), "10");
            StartCharging(w);
            w.Meter(1).AddEnergy(40);
            w.Run(10000);
            w.Meter(1).AddEnergy(2);
            Present(w, "TAG1");
            w.Run(1000);
            string stop = Only(w.Cs.Take(), "StopTransaction ", null);
            Assert.AreEqual(
                "StopTransaction {\"idTag\":\"TAG1\",\"meterStop\":42,\"timestamp\":\"" + T(w, 13900) + "\",\"transactionId\":1001,\"reason\":\"Local\",\"transactionData\":[" +
                "{\"timestamp\":\"" + T(w, 3100) + "\",\"sampledValue\":[{\"value\":\"0\",\"context\":\"Transaction.Begin\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}," +
                "{\"timestamp\":\"" + T(w, 13100) + "\",\"sampledValue\":[{\"value\":\"40\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}," +
                "{\"timestamp\":\"" + T(w, 13900) + "\",\"sampledValue\":[{\"value\":\"42\",\"context\":\"Transaction.End\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}]}\n",
                stop, "actual: " + stop);
        }

        // ---- helpers ----

        private static void ResetWithTransaction(string type, string reason)
        {
            var w = Charging();
            Assert.AreEqual("{\"status\":\"Accepted\"}", Answer(w, "Reset", "{\"type\":\"" + type + "\"}", 1000));
            Expect(w,
                StopLine(w, null, 0, 4000, reason) +
                Finishing1 + T(w, 4100) + "\"}\n");
            Assert.AreEqual(1, w.Hooks.Resets);
            Assert.AreEqual(type == "Hard", w.Hooks.LastResetHard);
            w.Reboot();
            w.Run(2000);
            string frames = w.Cs.Take();
            Assert.Contains("\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Preparing\"", frames);
            Assert.AreEqual(1, w.Cs.Count("StopTransaction"), "the stop is not repeated after the reboot");
        }

        private static TxWorld Idle()
        {
            var w = new TxWorld(1);
            w.ToIdle();
            return w;
        }

        /// <summary>Idle, then plug + TAG1 → transaction 1001 charging at world 3.1 s.</summary>
        private static TxWorld Charging()
        {
            var w = Idle();
            StartCharging(w);
            return w;
        }

        private static void StartCharging(TxWorld w)
        {
            PlugInEv(w);
            w.Run(1000);
            Present(w, "TAG1");
            w.Run(1000);
            Assert.IsNotNull(w.Tx.RunningTransaction(1));
            w.Cs.Take();
        }

        /// <summary>Plugs in an EV that is ready to draw.</summary>
        private static void PlugInEv(TxWorld w)
        {
            w.Hooks.Plugged[1] = true;
            w.Hooks.EvReady[1] = true;
        }

        /// <summary>The link goes down, then an EV ready to charge is plugged in and <paramref name="idTag"/> presented, half a second each.</summary>
        private static void StartOffline(TxWorld w, string idTag)
        {
            GoOffline(w);
            PlugInEv(w);
            w.Run(500);
            Present(w, idTag);
            w.Run(500);
        }

        /// <summary>Sends a Central System call, runs <paramref name="runMs"/> and returns the charger's answer (null: none yet).</summary>
        private static string? Answer(TxWorld w, string action, string payload, int runMs)
        {
            string id = w.Cs.Call(action, payload);
            w.Run(runMs);
            return w.Cs.Result(id);
        }

        private static void Present(TxWorld w, string idTag)
        {
            w.Tx.PresentIdTag(1, idTag, w.Now);
        }

        private static void GoOffline(TxWorld w)
        {
            w.Transport.AcceptConnections = false;
            w.Transport.PeerDisconnect();
            w.Run(100);
        }

        /// <summary>The link comes back: runs until the charge point reconnected (its back-off decides when), plus 1 s.</summary>
        private static void GoOnline(TxWorld w)
        {
            w.Transport.AcceptConnections = true;
            int guard = 0;
            while (!w.Transport.IsOpen && guard++ < 6000)
            {
                w.Run(w.StepMs);
            }

            w.Run(1000);
        }

        private static string T(TxWorld w, long worldMs) => w.Cs.Time(worldMs);

        private static void Expect(TxWorld w, string expected)
        {
            string actual = w.Cs.Take();
            Assert.AreEqual(expected, actual, "actual frames:\n" + actual);
        }

        private static string StartLine(TxWorld w, string idTag, long worldMs)
        {
            return "StartTransaction {\"connectorId\":1,\"idTag\":\"" + idTag + "\",\"meterStart\":0,\"timestamp\":\"" + T(w, worldMs) + "\"}\n";
        }

        /// <summary>Transaction 1001's StopTransaction.req; <paramref name="idTag"/> null: none (a stop the charger decided).</summary>
        private static string StopLine(TxWorld w, string? idTag, long meterStop, long worldMs, string reason)
        {
            return "StopTransaction {" + (idTag == null ? "" : "\"idTag\":\"" + idTag + "\",") + "\"meterStop\":" + meterStop.ToString() +
                ",\"timestamp\":\"" + T(w, worldMs) + "\",\"transactionId\":1001,\"reason\":\"" + reason + "\"}\n";
        }

        private static string MeterLine(TxWorld w, long wh, long worldMs)
        {
            return "MeterValues {\"connectorId\":1,\"transactionId\":1001,\"meterValue\":[{\"timestamp\":\"" + T(w, worldMs) +
                "\",\"sampledValue\":[{\"value\":\"" + wh.ToString() + "\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}]}\n";
        }

        private static string OnlyMeterValues(string frames) => Only(frames, "MeterValues ", null);

        private static string OnlyStatus(string frames) => Only(frames, "StatusNotification ", null);

        private static string OnlyTransactions(string frames) => Only(frames, "StartTransaction ", "StopTransaction ");

        private static string Only(string frames, string a, string? b)
        {
            string[] lines = frames.Split(new[] { '\n' });
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith(a) || (b != null && lines[i].StartsWith(b)))
                {
                    sb.Append(lines[i]).Append('\n');
                }
            }

            return sb.ToString();
        }
    }
}
