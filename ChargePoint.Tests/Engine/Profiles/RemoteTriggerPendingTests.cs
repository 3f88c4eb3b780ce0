using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>TriggerMessage while the registration is Pending (Spec §4.2.1: only triggered requests go out), full transcript.</summary>
    [TestClass]
    public class RemoteTriggerPendingTests
    {
        private const string Boot = "\"BootNotification\",{\"chargePointVendor\":\"OpenEV-nf\",\"chargePointModel\":\"ESP32-AC\",\"firmwareVersion\":\"1.0\"}]";
        private const string Pending = "{\"status\":\"Pending\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":300}";
        private const string Accepted = "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:02.000Z\",\"interval\":300}";

        [TestMethod]
        public void Trigger_while_Pending_sends_after_the_answer_and_BootNotification_registers_at_once()
        {
            var w = new OcppWorld(1);
            w.ChargePoint.AddRemoteTrigger();
            var cs = w.CentralSystem;
            cs.AutoReply("BootNotification", Pending);
            cs.AutoReply("Heartbeat", "{\"currentTime\":\"2026-11-24T10:00:01.000Z\"}");
            cs.AutoReply("StatusNotification", "{}");
            w.Run(1000);
            cs.Call("TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}");
            w.Run(500);
            cs.Call("TriggerMessage", "{\"requestedMessage\":\"MeterValues\"}");
            w.Run(500);
            cs.AutoReply("BootNotification", Accepted);
            cs.Call("TriggerMessage", "{\"requestedMessage\":\"BootNotification\"}");
            w.Run(500);
            cs.Call("TriggerMessage", "{\"requestedMessage\":\"BootNotification\"}");
            w.Run(500);
            w.AssertTranscript(new[]
            {
                "> [2,\"1-1\"," + Boot,
                "< [3,\"1-1\"," + Pending + "]",
                "< [2,\"cs1\",\"TriggerMessage\",{\"requestedMessage\":\"Heartbeat\"}]",
                "> [3,\"cs1\",{\"status\":\"Accepted\"}]",
                "> [2,\"1-2\",\"Heartbeat\",{}]",
                "< [3,\"1-2\",{\"currentTime\":\"2026-11-24T10:00:01.000Z\"}]",
                "< [2,\"cs2\",\"TriggerMessage\",{\"requestedMessage\":\"MeterValues\"}]",
                "> [3,\"cs2\",{\"status\":\"NotImplemented\"}]",
                "< [2,\"cs3\",\"TriggerMessage\",{\"requestedMessage\":\"BootNotification\"}]",
                "> [3,\"cs3\",{\"status\":\"Accepted\"}]",
                "> [2,\"1-3\"," + Boot,
                "< [3,\"1-3\"," + Accepted + "]",
                "> [2,\"1-4\",\"StatusNotification\",{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:00:02.000Z\"}]",
                "< [3,\"1-4\",{}]",
                "> [2,\"1-5\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\",\"timestamp\":\"2026-11-24T10:00:02.100Z\"}]",
                "< [3,\"1-5\",{}]",
                "< [2,\"cs4\",\"TriggerMessage\",{\"requestedMessage\":\"BootNotification\"}]",
                "> [3,\"cs4\",{\"status\":\"Rejected\"}]",
            });
        }
    }
}
