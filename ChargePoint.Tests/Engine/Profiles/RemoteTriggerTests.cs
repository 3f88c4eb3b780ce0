using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>OCTT 1.6 Remote Trigger cases (TC_054, TC_055) and the TriggerMessage rules around them, exact frames.</summary>
    [TestClass]
    public class RemoteTriggerTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";
        private const string Rejected = "{\"status\":\"Rejected\"}";

        [TestMethod]
        public void TC_054_Trigger_message()
        {
            var p = new ProfileWorld(1).Idle();
            p.Hooks.Meters[1].AddEnergy(1234);

            Assert.AreEqual(Accepted, p.Call("TriggerMessage", "{\"requestedMessage\":\"MeterValues\",\"connectorId\":1}"));
            p.Expect("MeterValues {\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"" + p.T(2000) +
                "\",\"sampledValue\":[{\"value\":\"1234\",\"context\":\"Trigger\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}]}\n");

            Assert.AreEqual(Accepted, p.Call("TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}"));
            p.Expect("Heartbeat {}\n");

            Assert.AreEqual(Accepted, p.Call("TriggerMessage", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":1}"));
            p.Expect(p.Status(1, "Available", 2200));

            Assert.AreEqual(Accepted, p.Call("TriggerMessage", "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}"));
            p.Expect("DiagnosticsStatusNotification {\"status\":\"Idle\"}\n");

            Assert.AreEqual(Accepted, p.Call("TriggerMessage", "{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
            p.Expect("FirmwareStatusNotification {\"status\":\"Idle\"}\n");
            p.Run(1000);
            p.Expect("");
        }

        [TestMethod]
        public void TC_055_Trigger_message_rejected_for_unknown_connector()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Rejected, p.Call("TriggerMessage", "{\"requestedMessage\":\"MeterValues\",\"connectorId\":2}"));
            Assert.AreEqual(Rejected, p.Call("TriggerMessage", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":2}"));
            p.Run(2000);
            p.Expect("");
        }

        [TestMethod]
        public void Trigger_BootNotification_after_Accepted_is_Rejected_and_nothing_is_sent()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Rejected, p.Call("TriggerMessage", "{\"requestedMessage\":\"BootNotification\"}"));
            p.Run(2000);
            p.Expect("");
        }

        [TestMethod]
        public void Trigger_StatusNotification_without_connector_reports_charge_point_and_every_connector()
        {
            var p = new ProfileWorld(2).Idle();
            Assert.AreEqual(Accepted, p.Call("TriggerMessage", "{\"requestedMessage\":\"StatusNotification\"}"));
            p.Run(300);
            p.Expect(p.Status(0, "Available", 2000) + p.Status(1, "Available", 2100) + p.Status(2, "Available", 2200));
        }

        [TestMethod]
        public void Trigger_MeterValues_during_a_transaction_carries_its_transactionId()
        {
            var p = new ProfileWorld(1).Idle();
            p.Hooks.Plugged[1] = true;
            p.Hooks.EvReady[1] = true;
            p.Run(1000);
            p.W.Tx.PresentIdTag(1, "TAG1", p.Now);
            p.Run(1000);
            p.Cs.Take();
            p.Hooks.Meters[1].AddEnergy(500);
            Assert.AreEqual(Accepted, p.Call("TriggerMessage", "{\"requestedMessage\":\"MeterValues\"}"));
            p.Expect("MeterValues {\"connectorId\":1,\"transactionId\":1001,\"meterValue\":[{\"timestamp\":\"" + p.T(4000) +
                "\",\"sampledValue\":[{\"value\":\"500\",\"context\":\"Trigger\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}]}]}\n");
        }

        [TestMethod]
        public void Trigger_reports_the_status_of_diagnostics_and_firmware()
        {
            var k = new FirmwareKit(1);
            k.W.Cp.AddRemoteTrigger();
            k.Idle();
            const string Diagnostics = "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}";
            const string Firmware = "{\"requestedMessage\":\"FirmwareStatusNotification\"}";
            Assert.AreEqual(Accepted, k.Call("TriggerMessage", Diagnostics));
            Assert.AreEqual(Accepted, k.Call("TriggerMessage", Firmware));
            Assert.AreEqual(FirmwareKit.Diag("Idle") + FirmwareKit.Fw("Idle"), k.W.Cs.Take(), "without the services: Idle");

            k.W.Cp.Diagnostics = k.Fm.Diagnostics;
            k.W.Cp.Firmware = k.Fm;
            Assert.AreEqual("{\"fileName\":\"diagnostics.log\"}", k.Call("GetDiagnostics", "{\"location\":\"ftp://logs.example/upload/\"}"));
            Assert.AreEqual("{}", k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp-2.0.bin\",\"retrieveDate\":\"" + k.T(0) + "\"}"));
            k.W.Run(100);
            Assert.AreEqual(FirmwareKit.Diag("Uploading") + FirmwareKit.Fw("Downloading"), k.W.Cs.Take());
            Assert.AreEqual(Accepted, k.Call("TriggerMessage", Diagnostics));
            Assert.AreEqual(Accepted, k.Call("TriggerMessage", Firmware));
            Assert.AreEqual(FirmwareKit.Diag("Uploading") + FirmwareKit.Fw("Downloading"), k.W.Cs.Take());
        }

        [TestMethod]
        public void RemoteTrigger_is_listed_in_SupportedFeatureProfiles()
        {
            var p = new ProfileWorld(1).Idle();
            string conf = p.Call("GetConfiguration", "{\"key\":[\"SupportedFeatureProfiles\"]}");
            Assert.IsTrue(conf.IndexOf("RemoteTrigger") > 0, conf);
        }
    }
}
