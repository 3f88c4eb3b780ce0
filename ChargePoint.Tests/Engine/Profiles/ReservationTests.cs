using ChargePoint.Ocpp.Messages.V16.DataTypes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>OCTT 1.6 Reservation cases (TC_046_1 … TC_053), exact frames and answers.</summary>
    [TestClass]
    public class ReservationTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";

        [TestMethod]
        public void TC_046_1_Reservation_of_a_connector_local_start()
        {
            var p = new ProfileWorld(1).Idle();
            ReserveAccepted(p, 1, "TAG1", null, 7);
            Present(p, "TAG1");
            p.Expect("Authorize {\"idTag\":\"TAG1\"}\n" + p.Status(1, "Preparing", 2300));
            PlugInAndExpectStart(p, "TAG1", 7, 3200);
            Assert.IsNull(p.Reservations.At(1), "the reservation ended with the StartTransaction");
        }

        [TestMethod]
        public void TC_046_2_Reservation_of_a_connector_remote_start()
        {
            var p = new ProfileWorld(1).Idle();
            ReserveAccepted(p, 1, "TAG1", null, 8);
            Assert.AreEqual("{\"status\":\"Rejected\"}", p.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG9\"}"));
            Assert.AreEqual(Accepted, p.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG1\"}"));
            p.Run(100);
            p.Expect(p.Status(1, "Preparing", 2300));
            PlugInAndExpectStart(p, "TAG1", 8, 2500);
        }

        [TestMethod]
        public void TC_047_Reservation_expires()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, Reserve(p, 1, "TAG1", null, 9, 2100 + 10000));
            p.Run(9000);
            p.Expect(p.Status(1, "Reserved", 2000));
            p.Run(2000);
            p.Expect(p.Status(1, "Available", 12100));
            p.W.Tx.PresentIdTag(1, "TAG2", p.Now);
            PlugIn(p);
            Assert.IsTrue(p.Cs.Take().IndexOf("StartTransaction {\"connectorId\":1,\"idTag\":\"TAG2\",\"meterStart\":0,\"timestamp\"") >= 0);
        }

        [TestMethod]
        public void TC_048_1_Reservation_of_a_faulted_connector()
        {
            var p = new ProfileWorld(1).Idle();
            p.Cp.Connectors[1].SetFault(OcppEnum.GroundFailure, null, null);
            Assert.AreEqual("{\"status\":\"Faulted\"}", Reserve(p, 1, "TAG1", null, 1, 600000));
            Assert.IsNull(p.Reservations.At(1));
        }

        [TestMethod]
        public void TC_048_2_Reservation_of_an_occupied_connector()
        {
            var p = new ProfileWorld(1).Idle();
            p.Hooks.Plugged[1] = true;
            p.Run(1000);
            p.Expect(p.Status(1, "Preparing", 2000));
            Assert.AreEqual("{\"status\":\"Occupied\"}", Reserve(p, 1, "TAG1", null, 1, 600000));
            p.Run(1000);
            p.Expect("");
        }

        [TestMethod]
        public void TC_048_3_Reservation_of_an_unavailable_connector()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("ChangeAvailability", "{\"connectorId\":1,\"type\":\"Inoperative\"}"));
            p.Run(100);
            p.Expect(p.Status(1, "Unavailable", 2000));
            Assert.AreEqual("{\"status\":\"Unavailable\"}", Reserve(p, 1, "TAG1", null, 1, 600000));
        }

        [TestMethod]
        public void TC_048_4_Reservation_rejected()
        {
            var p = new ProfileWorld(1).Idle();
            p.Reservations.AcceptReservations = false;
            Assert.AreEqual("{\"status\":\"Rejected\"}", Reserve(p, 1, "TAG1", null, 1, 600000));
            p.Reservations.AcceptReservations = true;
            Assert.AreEqual("{\"status\":\"Rejected\"}", Reserve(p, 2, "TAG1", null, 1, 600000), "unknown connector");
            Assert.AreEqual("{\"status\":\"Rejected\"}", Reserve(p, 1, "TAG1", null, 1, 1000), "expiry already past");
            p.Run(1000);
            p.Expect("");
        }

        [TestMethod]
        public void TC_049_Reservation_of_a_charge_point_transaction()
        {
            var p = new ProfileWorld(1).Idle();
            ReserveAccepted(p, 0, "TAG1", null, 11);
            Present(p, "TAG2");
            p.Expect("Authorize {\"idTag\":\"TAG2\"}\n");
            Present(p, "TAG1");
            p.Expect("Authorize {\"idTag\":\"TAG1\"}\n" + p.Status(1, "Preparing", 3300));
            PlugInAndExpectStart(p, "TAG1", 11, 4200);
            Assert.IsNull(p.Reservations.At(0));
        }

        [TestMethod]
        public void TC_049_Charge_point_reservation_keeps_only_the_last_free_connector()
        {
            var p = new ProfileWorld(2).Idle();
            Assert.AreEqual(Accepted, Reserve(p, 0, "TAG1", null, 12, 600000));
            p.Run(1000);
            p.Expect(""); // two connectors free: none needs to be held back yet
            p.Hooks.Plugged[2] = true;
            p.Run(1000);
            p.Expect(p.Status(1, "Reserved", 3100) + p.Status(2, "Preparing", 3200));
            Present(p, "TAG2");
            Assert.IsNull(p.W.Tx.RunningTransaction(1));
            Assert.AreEqual("Authorize {\"idTag\":\"TAG2\"}\n", p.Cs.Take());
        }

        [TestMethod]
        public void TC_050_1_Reservation_of_a_faulted_charge_point()
        {
            var p = new ProfileWorld(1).Idle();
            p.Cp.Connectors[0].SetFault(OcppEnum.OtherError, null, null);
            Assert.AreEqual("{\"status\":\"Faulted\"}", Reserve(p, 0, "TAG1", null, 1, 600000));
        }

        [TestMethod]
        public void TC_050_2_Reservation_of_an_occupied_charge_point()
        {
            var p = new ProfileWorld(1).Idle();
            p.Hooks.Plugged[1] = true;
            p.Run(1000);
            Assert.AreEqual("{\"status\":\"Occupied\"}", Reserve(p, 0, "TAG1", null, 1, 600000));
        }

        [TestMethod]
        public void TC_050_3_Reservation_of_an_unavailable_charge_point()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("ChangeAvailability", "{\"connectorId\":0,\"type\":\"Inoperative\"}"));
            p.Run(300);
            Assert.AreEqual("{\"status\":\"Unavailable\"}", Reserve(p, 0, "TAG1", null, 1, 600000));
        }

        [TestMethod]
        public void TC_050_4_Reservation_of_a_charge_point_rejected_without_ReserveConnectorZeroSupported()
        {
            var p = new ProfileWorld(1, false).Idle();
            Assert.AreEqual("{\"status\":\"Rejected\"}", Reserve(p, 0, "TAG1", null, 1, 600000));
            string conf = p.Call("GetConfiguration", "{\"key\":[\"ReserveConnectorZeroSupported\"]}");
            Assert.AreEqual("{\"configurationKey\":[{\"key\":\"ReserveConnectorZeroSupported\",\"readonly\":true,\"value\":\"false\"}]}", conf);
        }

        [TestMethod]
        public void TC_051_Cancel_reservation()
        {
            var p = new ProfileWorld(1).Idle();
            ReserveAccepted(p, 1, "TAG1", null, 21);
            Assert.AreEqual(Accepted, p.Call("CancelReservation", "{\"reservationId\":21}"));
            p.Run(100);
            p.Expect(p.Status(1, "Available", 2200));
        }

        [TestMethod]
        public void TC_052_Cancel_reservation_rejected()
        {
            var p = new ProfileWorld(1).Idle();
            ReserveAccepted(p, 1, "TAG1", null, 21);
            Assert.AreEqual("{\"status\":\"Rejected\"}", p.Call("CancelReservation", "{\"reservationId\":22}"));
            p.Run(1000);
            p.Expect("");
            Assert.IsNotNull(p.Reservations.At(1));
        }

        [TestMethod]
        public void TC_053_Use_a_reserved_connector_with_parentIdTag()
        {
            var p = new ProfileWorld(1).Idle();
            p.Cs.SetTag("TAG2", "Accepted", "GROUP");
            p.Cs.SetTag("TAG3", "Accepted", "OTHER");
            ReserveAccepted(p, 1, "TAG1", "GROUP", 31);
            Present(p, "TAG3");
            p.Expect("Authorize {\"idTag\":\"TAG3\"}\n");
            Present(p, "TAG2");
            p.Expect("Authorize {\"idTag\":\"TAG2\"}\n" + p.Status(1, "Preparing", 3300));
            PlugInAndExpectStart(p, "TAG2", 31, 4200);
        }

        [TestMethod]
        public void Reservation_survives_a_reboot_and_still_expires()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, Reserve(p, 1, "TAG1", null, 41, 60000));
            p.Run(100);
            p.Reboot();
            p.Run(2000);
            string frames = p.Cs.Take();
            Assert.IsTrue(frames.IndexOf("\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Reserved\"") > 0, frames);
            Assert.AreEqual(41, p.Reservations.At(1)!.Id);
            Present(p, "TAG9");
            Assert.AreEqual("Authorize {\"idTag\":\"TAG9\"}\n", p.Cs.Take(), "another idTag is refused after the reboot");
            p.Run(60000);
            Assert.IsTrue(p.Cs.Take().IndexOf("\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"") > 0);
            Assert.IsNull(p.Reservations.At(1));
        }

        private static string Reserve(ProfileWorld p, int connectorId, string idTag, string? parent, int reservationId, long expiryWorldMs)
        {
            string payload = "{\"connectorId\":" + connectorId.ToString() + ",\"expiryDate\":\"" + p.T(expiryWorldMs) + "\",\"idTag\":\"" + idTag + "\"" +
                (parent == null ? "" : ",\"parentIdTag\":\"" + parent + "\"") + ",\"reservationId\":" + reservationId.ToString() + "}";
            return p.Call("ReserveNow", payload);
        }

        /// <summary>A reservation with a 10-minute expiry, accepted; connector 1 then reports Reserved at world 2 s.</summary>
        private static void ReserveAccepted(ProfileWorld p, int connectorId, string idTag, string? parent, int reservationId)
        {
            Assert.AreEqual(Accepted, Reserve(p, connectorId, idTag, parent, reservationId, 600000));
            p.Run(100);
            p.Expect(p.Status(1, "Reserved", 2000));
        }

        /// <summary>Presents <paramref name="idTag"/> at connector 1 and runs 1 s.</summary>
        private static void Present(ProfileWorld p, string idTag)
        {
            p.W.Tx.PresentIdTag(1, idTag, p.Now);
            p.Run(1000);
        }

        /// <summary>Plugs in: connector 1 Charging and the StartTransaction.req that consumes the reservation, both at <paramref name="worldMs"/>.</summary>
        private static void PlugInAndExpectStart(ProfileWorld p, string idTag, int reservationId, long worldMs)
        {
            PlugIn(p);
            p.Expect(
                p.Status(1, "Charging", worldMs) +
                "StartTransaction {\"connectorId\":1,\"idTag\":\"" + idTag + "\",\"meterStart\":0,\"reservationId\":" + reservationId.ToString() +
                ",\"timestamp\":\"" + p.T(worldMs) + "\"}\n");
        }

        private static void PlugIn(ProfileWorld p)
        {
            p.Hooks.Plugged[1] = true;
            p.Hooks.EvReady[1] = true;
            p.Run(1000);
        }
    }
}
