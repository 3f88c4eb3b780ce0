using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>ExtendedTriggerMessage (SecWP §4.6) and GetLog / LogStatusNotification (SecWP §4.5, TC_079). Exact frames.</summary>
    [TestClass]
    public class ExtendedTriggerAndLogTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";
        private const string Rejected = "{\"status\":\"Rejected\"}";
        private const string NotImplemented = "{\"status\":\"NotImplemented\"}";

        private static string Trigger(SecurityKit k, string message) =>
            k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"" + message + "\"}");

        private static string GetLog(SecurityKit k, string logType, int requestId, string extra) =>
            k.Call("GetLog", "{\"log\":{\"remoteLocation\":\"https://logs.example/upload\"},\"logType\":\"" + logType + "\",\"requestId\":" + requestId.ToString() + extra + "}");

        [TestMethod]
        public void ExtendedTriggerMessage_sends_each_supported_message_after_the_answer()
        {
            var k = new SecurityKit(1).Idle();
            k.W.Hooks.Meters[1].AddEnergy(1234);

            Assert.AreEqual(Accepted, Trigger(k, "Heartbeat"));
            k.Expect("Heartbeat {}\n");
            Assert.AreEqual(Accepted, k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":1}"));
            k.Expect(k.Status(1, "Available", 2100));
            Assert.AreEqual(Accepted, k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"MeterValues\",\"connectorId\":1}"));
            k.Expect("MeterValues {\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"" + k.T(2200) +
                "\",\"sampledValue\":[{\"value\":\"1234\",\"context\":\"Trigger\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}]}\n");
            Assert.AreEqual(Accepted, Trigger(k, "FirmwareStatusNotification"));
            k.Expect("SignedFirmwareStatusNotification {\"status\":\"Idle\"}\n");
            Assert.AreEqual(Accepted, Trigger(k, "LogStatusNotification"));
            k.Expect("LogStatusNotification {\"status\":\"Idle\"}\n");

            Assert.AreEqual(Rejected, Trigger(k, "BootNotification"), "already Accepted (Errata 3.35)");
            Assert.AreEqual(NotImplemented, Trigger(k, "SignChargePointCertificate"), "no certificate management");
            Assert.AreEqual(Rejected, k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":2}"));
            Assert.AreEqual(Accepted, Trigger(k, "Heartbeat"));
            k.Run(1000);
            k.Expect("Heartbeat {}\n");
        }

        [TestMethod]
        public void ExtendedTriggerMessage_with_a_bad_requestedMessage_is_a_CallError()
        {
            var k = new SecurityKit(1).Idle();
            string answer = Trigger(k, "DiagnosticsStatusNotification");
            Assert.IsTrue(answer.StartsWith("\"PropertyConstraintViolation\""), answer);
            k.Run(1000);
            k.Expect(string.Empty);
        }

        [TestMethod]
        public void TC_079_Get_security_log()
        {
            var k = new SecurityKit(1).Idle();
            k.SecurityLog.UploadMs = 3000;
            Assert.AreEqual("{\"status\":\"Accepted\",\"filename\":\"security.log\"}", GetLog(k, "SecurityLog", 7, string.Empty));
            k.Expect("LogStatusNotification {\"status\":\"Uploading\",\"requestId\":7}\n");
            Assert.AreEqual("https://logs.example/upload", k.SecurityLog.LastLocation);
            Assert.AreEqual(0, k.DiagnosticsLog.Uploads);

            Assert.AreEqual(Accepted, Trigger(k, "LogStatusNotification"));
            k.Expect("LogStatusNotification {\"status\":\"Uploading\",\"requestId\":7}\n");
            k.Run(3000);
            k.Expect("LogStatusNotification {\"status\":\"Uploaded\",\"requestId\":7}\n");
            Assert.AreEqual(Accepted, Trigger(k, "LogStatusNotification"));
            k.Expect("LogStatusNotification {\"status\":\"Idle\"}\n");
        }

        [TestMethod]
        public void GetLog_diagnostics_retries_then_reports_UploadFailure()
        {
            var k = new SecurityKit(1).Idle();
            k.DiagnosticsLog.FailingUploads = 2;
            Assert.AreEqual("{\"status\":\"Accepted\",\"filename\":\"diagnostics.log\"}", GetLog(k, "DiagnosticsLog", 3, ",\"retries\":1,\"retryInterval\":10"));
            k.Run(5000);
            k.Expect("LogStatusNotification {\"status\":\"Uploading\",\"requestId\":3}\n");
            k.Run(14900);
            k.Expect(string.Empty);
            k.Run(100);
            k.Expect("LogStatusNotification {\"status\":\"UploadFailure\",\"requestId\":3}\n");
            Assert.AreEqual(2, k.DiagnosticsLog.Uploads);
        }

        [TestMethod]
        public void GetLog_while_uploading_cancels_the_running_upload()
        {
            var k = new SecurityKit(1).Idle();
            Assert.AreEqual("{\"status\":\"Accepted\",\"filename\":\"diagnostics.log\"}", GetLog(k, "DiagnosticsLog", 1, string.Empty));
            k.Run(1000);
            Assert.AreEqual("{\"status\":\"AcceptedCanceled\",\"filename\":\"security.log\"}", GetLog(k, "SecurityLog", 2, string.Empty));
            k.Run(6000);
            k.Expect("LogStatusNotification {\"status\":\"Uploading\",\"requestId\":1}\n" +
                "LogStatusNotification {\"status\":\"Uploading\",\"requestId\":2}\n" +
                "LogStatusNotification {\"status\":\"Uploaded\",\"requestId\":2}\n");
        }

        [TestMethod]
        public void GetLog_is_Rejected_without_an_uploader_or_without_a_file()
        {
            var none = new SecurityKit(1, false).Idle();
            Assert.AreEqual(Rejected, GetLog(none, "SecurityLog", 1, string.Empty));
            Assert.AreEqual(Rejected, GetLog(none, "DiagnosticsLog", 2, string.Empty));

            var k = new SecurityKit(1).Idle();
            k.SecurityLog.FileName = null;
            Assert.AreEqual(Rejected, GetLog(k, "SecurityLog", 3, string.Empty));
            none.Run(2000);
            k.Run(2000);
            none.Expect(string.Empty);
            k.Expect(string.Empty);
        }
    }
}
