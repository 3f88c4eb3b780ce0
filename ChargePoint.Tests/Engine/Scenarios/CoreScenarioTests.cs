using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Scenarios
{
    /// <summary>OCTT 1.6 charge-point cases of the Core profile that do not need transactions; exact frames both ways.</summary>
    [TestClass]
    public class CoreScenarioTests
    {
        private const string Boot = "\"BootNotification\",{\"chargePointVendor\":\"OpenEV-nf\",\"chargePointModel\":\"ESP32-AC\",\"firmwareVersion\":\"1.0\"}]";

        [TestMethod]
        public void TC_001_Cold_boot_honours_Rejected_interval_then_reports_all_connectors_and_heartbeats()
        {
            var w = new OcppWorld(1);
            var cs = w.CentralSystem;
            cs.AutoReply("BootNotification", "{\"status\":\"Rejected\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":60}");
            cs.AutoReply("StatusNotification", "{}");
            cs.AutoReply("Heartbeat", "{\"currentTime\":\"2026-11-24T10:05:00.000Z\"}");
            w.Run(60000);
            Assert.AreEqual("ws://cs.test/ocpp/CP%201", w.Transport.LastUrl);
            Assert.AreEqual("ocpp1.6", w.Transport.LastSubprotocol);
            Assert.IsNull(w.Transport.LastAuthorization);
            cs.AutoReply("BootNotification", "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:01:00.000Z\",\"interval\":300}");
            w.Run(1000);
            w.AssertTranscript(new[]
            {
                "> [2,\"1-1\"," + Boot,
                "< [3,\"1-1\",{\"status\":\"Rejected\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":60}]",
                "> [2,\"1-2\"," + Boot,
                "< [3,\"1-2\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:01:00.000Z\",\"interval\":300}]",
                "> [2,\"1-3\",\"StatusNotification\",{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:01:00.000Z\"}]",
                "< [3,\"1-3\",{}]",
                "> [2,\"1-4\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:01:00.100Z\"}]",
                "< [3,\"1-4\",{}]",
            });
            Assert.AreEqual(300, w.ChargePoint.Configuration.Int(w.ChargePoint.Configuration.Find("HeartbeatInterval")));

            cs.Clear();
            w.Run(298000);
            w.AssertTranscript(new string[0]);
            w.Run(2000);
            w.AssertTranscript(new[]
            {
                "> [2,\"1-5\",\"Heartbeat\",{}]",
                "< [3,\"1-5\",{\"currentTime\":\"2026-11-24T10:05:00.000Z\"}]",
            });
        }

        [TestMethod]
        public void TC_001_Rejected_charge_point_does_not_answer_calls_during_the_interval()
        {
            var w = new OcppWorld(1);
            var cs = w.CentralSystem;
            cs.AutoReply("BootNotification", "{\"status\":\"Rejected\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":60}");
            w.Run(1000);
            cs.Clear();
            cs.Call("GetConfiguration", "{}");
            w.Run(1000);
            w.AssertTranscript(new[] { "< [2,\"cs1\",\"GetConfiguration\",{}]" });
        }

        [TestMethod]
        public void TC_002_Cold_boot_Pending_answers_configuration_then_boots_again()
        {
            var w = new OcppWorld(1);
            var cs = w.CentralSystem;
            cs.AutoReply("BootNotification", "{\"status\":\"Pending\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":30}");
            cs.AutoReply("StatusNotification", "{}");
            w.Run(1000);
            cs.Call("GetConfiguration", "{\"key\":[\"SupportedFeatureProfiles\"]}");
            w.Run(1000);
            cs.Call("ChangeConfiguration", "{\"key\":\"MeterValueSampleInterval\",\"value\":\"30\"}");
            w.Run(1000);
            cs.AutoReply("BootNotification", "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:30.000Z\",\"interval\":300}");
            w.Run(28000);
            w.AssertTranscript(new[]
            {
                "> [2,\"1-1\"," + Boot,
                "< [3,\"1-1\",{\"status\":\"Pending\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":30}]",
                "< [2,\"cs1\",\"GetConfiguration\",{\"key\":[\"SupportedFeatureProfiles\"]}]",
                "> [3,\"cs1\",{\"configurationKey\":[{\"key\":\"SupportedFeatureProfiles\",\"readonly\":true,\"value\":\"Core\"}]}]",
                "< [2,\"cs2\",\"ChangeConfiguration\",{\"key\":\"MeterValueSampleInterval\",\"value\":\"30\"}]",
                "> [3,\"cs2\",{\"status\":\"Accepted\"}]",
                "> [2,\"1-2\"," + Boot,
                "< [3,\"1-2\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:30.000Z\",\"interval\":300}]",
                "> [2,\"1-3\",\"StatusNotification\",{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:00:30.000Z\"}]",
                "< [3,\"1-3\",{}]",
                "> [2,\"1-4\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:00:30.100Z\"}]",
                "< [3,\"1-4\",{}]",
            });
            Assert.AreEqual(30, w.ChargePoint.Configuration.Int(w.ChargePoint.Configuration.Find("MeterValueSampleInterval")));
        }

        [TestMethod]
        public void Reconnect_after_Accepted_does_not_boot_again()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            w.Transport.PeerDisconnect();
            w.Run(10000);
            Assert.IsTrue(w.Transport.IsOpen);
            w.AssertTranscript(new string[0]);
        }

        [TestMethod]
        public void TC_013_Hard_reset_keeps_a_connector_Unavailable_across_the_reboot()
        {
            ResetKeepsUnavailable("Hard");
        }

        [TestMethod]
        public void TC_014_Soft_reset_keeps_a_connector_Unavailable_across_the_reboot()
        {
            ResetKeepsUnavailable("Soft");
        }

        private static void ResetKeepsUnavailable(string type)
        {
            var w = new OcppWorld(2);
            w.BootAcceptedAndIdle();
            var cs = w.CentralSystem;
            cs.Call("ChangeAvailability", "{\"connectorId\":1,\"type\":\"Inoperative\"}");
            w.Run(1000);
            cs.Call("Reset", "{\"type\":\"" + type + "\"}");
            w.Run(1000);
            Assert.AreEqual(1, w.Hooks.Resets.Count);
            Assert.AreEqual(type, (string)w.Hooks.Resets[0]!);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"ChangeAvailability\",{\"connectorId\":1,\"type\":\"Inoperative\"}]",
                "> [3,\"cs1\",{\"status\":\"Accepted\"}]",
                "> [2,\"1-5\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Unavailable\",\"timestamp\":\"2026-11-24T10:00:01.900Z\"}]",
                "< [3,\"1-5\",{}]",
                "< [2,\"cs2\",\"Reset\",{\"type\":\"" + type + "\"}]",
                "> [3,\"cs2\",{\"status\":\"Accepted\"}]",
            });

            w.Reboot();
            cs.Clear();
            w.Run(1000);
            w.AssertTranscript(new[]
            {
                "> [2,\"2-1\"," + Boot,
                "< [3,\"2-1\"," + OcppWorld.BootAccepted + "]",
                "> [2,\"2-2\",\"StatusNotification\",{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:00:00.000Z\"}]",
                "< [3,\"2-2\",{}]",
                "> [2,\"2-3\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Unavailable\",\"timestamp\":\"2026-11-24T10:00:00.100Z\"}]",
                "< [3,\"2-3\",{}]",
                "> [2,\"2-4\",\"StatusNotification\",{\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:00:00.200Z\"}]",
                "< [3,\"2-4\",{}]",
            });

            cs.Clear();
            cs.Call("ChangeAvailability", "{\"connectorId\":1,\"type\":\"Operative\"}");
            w.Run(1000);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs3\",\"ChangeAvailability\",{\"connectorId\":1,\"type\":\"Operative\"}]",
                "> [3,\"cs3\",{\"status\":\"Accepted\"}]",
                "> [2,\"2-5\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:00:00.900Z\"}]",
                "< [3,\"2-5\",{}]",
            });
        }

        [TestMethod]
        public void ChangeAvailability_is_Scheduled_while_a_transaction_runs_and_applied_after_it()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            var c1 = w.ChargePoint.Connectors[1];
            c1.Plugged = true;
            c1.TransactionRunning = true;
            w.Run(1000);
            w.CentralSystem.Clear();
            w.CentralSystem.Call("ChangeAvailability", "{\"connectorId\":0,\"type\":\"Inoperative\"}");
            w.Run(1000);
            Assert.AreEqual("Charging", c1.Status);
            c1.TransactionRunning = false;
            c1.Plugged = false;
            w.Run(1000);
            Assert.AreEqual("Unavailable", c1.Status);
            Assert.AreEqual("Unavailable", w.ChargePoint.Connectors[0].Status);
            var t = w.CentralSystem.Transcript();
            Assert.AreEqual("> [3,\"cs1\",{\"status\":\"Scheduled\"}]", t[1]);
        }

        [TestMethod]
        public void TC_017_Unlock_connector_without_session_is_Unlocked()
        {
            Unlock(UnlockStatusFor("Unlocked"), 1, "Unlocked", 1);
        }

        [TestMethod]
        public void TC_030_Unlock_connector_failure_is_UnlockFailed()
        {
            Unlock(UnlockStatusFor("UnlockFailed"), 1, "UnlockFailed", 1);
        }

        [TestMethod]
        public void TC_031_Unlock_unknown_connector_is_NotSupported()
        {
            Unlock(UnlockStatusFor("Unlocked"), 2, "NotSupported", 0);
        }

        private static string UnlockStatusFor(string s) => s;

        private static void Unlock(string hookResult, int connectorId, string expected, int hookCalls)
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            w.Hooks.UnlockResult = hookResult;
            w.CentralSystem.Call("UnlockConnector", "{\"connectorId\":" + connectorId.ToString() + "}");
            w.Run(200);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"UnlockConnector\",{\"connectorId\":" + connectorId.ToString() + "}]",
                "> [3,\"cs1\",{\"status\":\"" + expected + "\"}]",
            });
            Assert.AreEqual(hookCalls, w.Hooks.Unlocks.Count);
        }

        [TestMethod]
        public void TC_021_Change_configuration_is_read_back_and_survives_a_reboot()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            var cs = w.CentralSystem;
            cs.Call("ChangeConfiguration", "{\"key\":\"MeterValueSampleInterval\",\"value\":\"15\"}");
            w.Run(200);
            cs.Call("GetConfiguration", "{\"key\":[\"MeterValueSampleInterval\"]}");
            w.Run(200);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"ChangeConfiguration\",{\"key\":\"MeterValueSampleInterval\",\"value\":\"15\"}]",
                "> [3,\"cs1\",{\"status\":\"Accepted\"}]",
                "< [2,\"cs2\",\"GetConfiguration\",{\"key\":[\"MeterValueSampleInterval\"]}]",
                "> [3,\"cs2\",{\"configurationKey\":[{\"key\":\"MeterValueSampleInterval\",\"readonly\":false,\"value\":\"15\"}]}]",
            });
            w.Reboot();
            Assert.AreEqual(15, w.ChargePoint.Configuration.Int(w.ChargePoint.Configuration.Find("MeterValueSampleInterval")));
        }

        [TestMethod]
        public void TC_040_1_Unknown_configuration_key_is_NotSupported()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            w.CentralSystem.Call("ChangeConfiguration", "{\"key\":\"Testing\",\"value\":\"1\"}");
            w.Run(200);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"ChangeConfiguration\",{\"key\":\"Testing\",\"value\":\"1\"}]",
                "> [3,\"cs1\",{\"status\":\"NotSupported\"}]",
            });
        }

        [TestMethod]
        public void TC_040_2_Invalid_configuration_value_is_Rejected_and_not_stored()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            w.CentralSystem.Call("ChangeConfiguration", "{\"key\":\"MeterValueSampleInterval\",\"value\":\"-1\"}");
            w.Run(200);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"ChangeConfiguration\",{\"key\":\"MeterValueSampleInterval\",\"value\":\"-1\"}]",
                "> [3,\"cs1\",{\"status\":\"Rejected\"}]",
            });
            Assert.AreEqual(60, w.ChargePoint.Configuration.Int(w.ChargePoint.Configuration.Find("MeterValueSampleInterval")));
        }

        [TestMethod]
        public void TC_062_Data_transfer_to_an_unknown_vendor_is_UnknownVendorId()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            w.CentralSystem.Call("DataTransfer", "{\"vendorId\":\"OCTT\",\"messageId\":\"test\",\"data\":\"x\"}");
            w.Run(200);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"DataTransfer\",{\"vendorId\":\"OCTT\",\"messageId\":\"test\",\"data\":\"x\"}]",
                "> [3,\"cs1\",{\"status\":\"UnknownVendorId\"}]",
            });
        }
    }
}
