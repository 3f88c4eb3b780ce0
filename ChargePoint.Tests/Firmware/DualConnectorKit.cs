using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>The two-connector firmware worlds the dual-connector tests start from.</summary>
    public static class DualConnectorKit
    {
        /// <summary>A booted two-connector charger whose Central System accepts Authorize, MeterValues and StopTransaction.</summary>
        public static FirmwareWorld Dual()
        {
            var w = new FirmwareWorld(new SimulatedStorage(), true, BoardCatalog.Esp32S3Dual);
            w.CentralSystem.AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("MeterValues", "{}");
            w.CentralSystem.AutoReply("StopTransaction", "{}");
            w.Advance(3000);
            return w;
        }

        /// <summary>Plug, card and EV request on the connector; asserts its contactor closed.</summary>
        public static void StartCharging(FirmwareWorld w, int connector, string tag, int transactionId)
        {
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":" + transactionId.ToString() + ",\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.Type("plug " + connector.ToString() + " 32");
            w.Type("card " + connector.ToString() + " " + tag);
            w.Type("ev " + connector.ToString() + " charge");
            w.Advance(5000);
            Assert.IsTrue(w.Board.Connector(connector).Relay.ContactsClosed, "charging on " + connector.ToString());
        }
    }
}
