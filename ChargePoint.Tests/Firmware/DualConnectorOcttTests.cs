using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>OCTT cases that involve several connectors, run on the whole firmware on the dual-connector board.</summary>
    [TestClass]
    public class DualConnectorOcttTests
    {
        [TestMethod]
        public void TC_001_Cold_boot_reports_connector_0_and_both_connectors_Available()
        {
            var w = DualConnectorKit.Dual();
            Assert.IsTrue(w.CountSent("\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\"") == 1);
            Assert.IsTrue(w.CountSent("\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"") == 1);
            Assert.IsTrue(w.CountSent("\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"Available\"") == 1);
        }

        [TestMethod]
        public void TC_034_ChangeAvailability_of_connector_0_makes_every_connector_Unavailable_across_a_power_cut()
        {
            var w = DualConnectorKit.Dual();
            string id = w.CentralSystem.Call("ChangeAvailability", "{\"connectorId\":0,\"type\":\"Inoperative\"}");
            w.Advance(3000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Accepted\"") >= 0, w.Answer(id));
            for (int c = 0; c <= 2; c++)
            {
                Assert.AreEqual(1, w.CountSent("\"connectorId\":" + c.ToString() + ",\"errorCode\":\"NoError\",\"status\":\"Unavailable\""), "connector " + c.ToString());
            }

            w.Sim.PowerCut();
            w.Advance(5000);
            for (int c = 0; c <= 2; c++)
            {
                Assert.AreEqual("Unavailable", w.Charger.Ocpp.Connectors[c].Status, "after the power cut, connector " + c.ToString());
            }

            Assert.IsTrue(w.Type("card 2 TAG-2").IndexOf("connector unavailable") >= 0);
            Assert.AreEqual(100.0, w.Board.Connector(2).Pwm.EffectiveDutyPercent, "no current offered on the unavailable connector");
            id = w.CentralSystem.Call("ChangeAvailability", "{\"connectorId\":0,\"type\":\"Operative\"}");
            w.Advance(3000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Accepted\"") >= 0, w.Answer(id));
            for (int c = 0; c <= 2; c++)
            {
                Assert.AreEqual("Available", w.Charger.Ocpp.Connectors[c].Status, "connector " + c.ToString());
            }
        }

        [TestMethod]
        public void ChangeAvailability_of_connector_0_during_a_session_is_Scheduled_and_the_busy_connector_follows_when_it_ends()
        {
            var w = DualConnectorKit.Dual();
            DualConnectorKit.StartCharging(w, 2, "TAG-2", 4712);
            string id = w.CentralSystem.Call("ChangeAvailability", "{\"connectorId\":0,\"type\":\"Inoperative\"}");
            w.Advance(3000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Scheduled\"") >= 0, w.Answer(id));
            Assert.AreEqual("Charging", w.Charger.Ocpp.Connectors[2].Status, "the session goes on");
            Assert.IsTrue(w.Board.Connector(2).Relay.ContactsClosed);
            w.Type("card 2 TAG-2");
            w.Advance(3000);
            w.Type("unplug 2");
            w.Advance(3000);
            for (int c = 0; c <= 2; c++)
            {
                Assert.AreEqual("Unavailable", w.Charger.Ocpp.Connectors[c].Status, "connector " + c.ToString());
            }
        }

        [TestMethod]
        public void TC_054_TriggerMessage_StatusNotification_for_one_connector_and_for_all()
        {
            var w = DualConnectorKit.Dual();
            w.Type("plug 2 32");
            w.Advance(2000);
            int before1 = w.CountSent("\"connectorId\":1,");
            string id = w.CentralSystem.Call("TriggerMessage", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":2}");
            w.Advance(2000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Accepted\"") >= 0, w.Answer(id));
            Assert.AreEqual(2, w.CountSent("\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"Preparing\""), "the change and the triggered one");
            Assert.AreEqual(before1, w.CountSent("\"connectorId\":1,"), "connector 1 not triggered");
            id = w.CentralSystem.Call("TriggerMessage", "{\"requestedMessage\":\"StatusNotification\"}");
            w.Advance(2000);
            Assert.AreEqual(2, w.CountSent("\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\""));
            Assert.AreEqual(2, w.CountSent("\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\""));
            Assert.AreEqual(3, w.CountSent("\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"Preparing\""));
            id = w.CentralSystem.Call("TriggerMessage", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":3}");
            w.Advance(2000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Rejected\"") >= 0, "TC_055: no connector 3: " + w.Answer(id));
        }

        [TestMethod]
        public void TC_010_RemoteStart_without_connectorId_starts_on_the_free_connector()
        {
            var w = DualConnectorKit.Dual();
            DualConnectorKit.StartCharging(w, 1, "TAG-1", 4711);
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4712,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.Type("plug 2 32");
            w.Advance(2000);
            string id = w.CentralSystem.Call("RemoteStartTransaction", "{\"idTag\":\"REMOTE\"}");
            w.Advance(3000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Accepted\"") >= 0, w.Answer(id));
            Assert.AreEqual(1, w.CountSent("\"connectorId\":2,\"idTag\":\"REMOTE\""), "StartTransaction on connector 2");
            id = w.CentralSystem.Call("RemoteStartTransaction", "{\"idTag\":\"OTHER\"}");
            w.Advance(2000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Rejected\"") >= 0, "no free connector left: " + w.Answer(id));
        }

        [TestMethod]
        public void TC_049_Reservation_of_connector_0_keeps_the_last_free_connector_for_its_idTag()
        {
            var w = DualConnectorKit.Dual();
            string id = w.CentralSystem.Call("ChangeConfiguration", "{\"key\":\"ReserveConnectorZeroSupported\",\"value\":\"true\"}");
            w.Advance(1000);
            id = w.CentralSystem.Call("ReserveNow", "{\"connectorId\":0,\"expiryDate\":\"2026-11-24T12:00:00.000Z\",\"idTag\":\"RESERVED\",\"reservationId\":7}");
            w.Advance(2000);
            Assert.IsTrue(w.Answer(id).IndexOf("\"Accepted\"") >= 0, w.Answer(id));
            DualConnectorKit.StartCharging(w, 1, "TAG-1", 4711);
            w.Advance(2000);
            Assert.AreEqual("Reserved", w.Charger.Ocpp.Connectors[2].Status, "the last free connector is kept");
            w.Type("plug 2 32");
            w.Type("card 2 OTHER");
            w.Advance(3000);
            Assert.AreEqual(0, w.CountSent("\"connectorId\":2,\"idTag\":\"OTHER\""), "another idTag cannot take it");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4712,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.Type("card 2 RESERVED");
            w.Advance(3000);
            Assert.AreEqual(1, w.CountSent("\"connectorId\":2,\"idTag\":\"RESERVED\""), w.Frames());
            Assert.IsTrue(w.LastSent("\"idTag\":\"RESERVED\"").IndexOf("\"reservationId\":7") >= 0, w.LastSent("\"idTag\":\"RESERVED\""));
        }
    }
}
