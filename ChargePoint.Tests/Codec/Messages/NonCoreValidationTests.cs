using ChargePoint.Ocpp.CentralSystem;
using System.Text;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Messages.V16;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>
    /// Validation of the non-Core and Security payloads, each failure mapped to the CallError code named in
    /// <see cref="CallErrorCode"/>: missing required field → OccurenceConstraintViolation, CiString too long or
    /// wrong JSON type → TypeConstraintViolation, unknown enum string or out-of-range integer → PropertyConstraintViolation.
    /// </summary>
    [TestClass]
    public class NonCoreValidationTests
    {
        private const string Occurence = CallErrorCode.OccurenceConstraintViolation;
        private const string Type = CallErrorCode.TypeConstraintViolation;
        private const string Property = CallErrorCode.PropertyConstraintViolation;

        [TestMethod]
        public void Missing_required_fields_are_OccurenceConstraintViolation()
        {
            GoldenCodec.AssertCallError(Occurence, OcppAction.GetLocalListVersion, "conf", "{}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.SendLocalList, "req", "{\"listVersion\":3}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.SendLocalList, "req", "{\"listVersion\":3,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTagInfo\":{\"status\":\"Accepted\"}}]}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.GetDiagnostics, "req", "{\"retries\":1}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.UpdateFirmware, "req", "{\"location\":\"https://fw.example.com/a.bin\"}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.ReserveNow, "req", "{\"connectorId\":1,\"expiryDate\":\"2026-11-24T11:00:00Z\",\"reservationId\":1}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.CancelReservation, "req", "{}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.SetChargingProfile, "req", "{\"connectorId\":1}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.GetCompositeSchedule, "req", "{\"connectorId\":1}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.TriggerMessage, "req", "{\"connectorId\":1}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.TriggerMessage, "conf", "{}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.SecurityEventNotification, "req", "{\"type\":\"FirmwareUpdated\"}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.DeleteCertificate, "req", "{\"certificateHashData\":{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"a\",\"issuerKeyHash\":\"b\"}}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.GetLog, "req", "{\"logType\":\"SecurityLog\",\"requestId\":1}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.SignedUpdateFirmware, "req", "{\"requestId\":1,\"firmware\":{\"location\":\"https://a\",\"retrieveDateTime\":\"2026-11-24T00:00:00Z\",\"signingCertificate\":\"c\"}}");
        }

        [TestMethod]
        public void Empty_lists_that_need_an_element_are_OccurenceConstraintViolation()
        {
            GoldenCodec.AssertCallError(Occurence, OcppAction.SetChargingProfile, "req",
                "{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[]}}}");
            GoldenCodec.AssertCallError(Occurence, OcppAction.GetInstalledCertificateIds, "conf", "{\"certificateHashData\":[],\"status\":\"Accepted\"}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.GetInstalledCertificateIds, "conf", "{\"status\":\"NotFound\"}");
        }

        [TestMethod]
        public void CiStrings_longer_than_their_type_are_TypeConstraintViolation_and_the_limit_itself_passes()
        {
            string twenty = "ABCDEFGHIJ0123456789";
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.ReserveNow, "req", "{\"connectorId\":1,\"expiryDate\":\"2026-11-24T11:00:00Z\",\"idTag\":\"" + twenty + "\",\"reservationId\":1}");
            GoldenCodec.AssertCallError(Type, OcppAction.ReserveNow, "req", "{\"connectorId\":1,\"expiryDate\":\"2026-11-24T11:00:00Z\",\"idTag\":\"" + twenty + "X\",\"reservationId\":1}");
            GoldenCodec.AssertCallError(Type, OcppAction.ReserveNow, "req", "{\"connectorId\":1,\"expiryDate\":\"2026-11-24T11:00:00Z\",\"idTag\":\"A\",\"parentIdTag\":\"" + twenty + "X\",\"reservationId\":1}");
            GoldenCodec.AssertCallError(Type, OcppAction.SendLocalList, "req", "{\"listVersion\":3,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTag\":\"" + twenty + "X\"}]}");
            GoldenCodec.AssertCallError(Type, OcppAction.GetDiagnostics, "conf", "{\"fileName\":\"" + Repeat('f', 256) + "\"}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.GetDiagnostics, "conf", "{\"fileName\":\"" + Repeat('f', 255) + "\"}");
            GoldenCodec.AssertCallError(Type, OcppAction.SecurityEventNotification, "req", "{\"type\":\"" + Repeat('t', 51) + "\",\"timestamp\":\"2026-11-24T10:00:00Z\"}");
            GoldenCodec.AssertCallError(Type, OcppAction.SignCertificate, "req", "{\"csr\":\"" + Repeat('c', 5501) + "\"}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.SignCertificate, "req", "{\"csr\":\"" + Repeat('c', 5500) + "\"}");
            GoldenCodec.AssertCallError(Type, OcppAction.DeleteCertificate, "req", "{\"certificateHashData\":{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"a\",\"issuerKeyHash\":\"b\",\"serialNumber\":\"" + Repeat('9', 41) + "\"}}");
            GoldenCodec.AssertCallError(Type, OcppAction.GetLog, "req", "{\"log\":{\"remoteLocation\":\"" + Repeat('u', 513) + "\"},\"logType\":\"DiagnosticsLog\",\"requestId\":1}");
        }

        [TestMethod]
        public void Values_of_the_wrong_JSON_type_are_TypeConstraintViolation()
        {
            GoldenCodec.AssertCallError(Type, OcppAction.CancelReservation, "req", "{\"reservationId\":\"5001\"}");
            GoldenCodec.AssertCallError(Type, OcppAction.GetLocalListVersion, "conf", "{\"listVersion\":1.5}");
            GoldenCodec.AssertCallError(Type, OcppAction.ReserveNow, "req", "{\"connectorId\":1,\"expiryDate\":\"tomorrow\",\"idTag\":\"A\",\"reservationId\":1}");
            GoldenCodec.AssertCallError(Type, OcppAction.SendLocalList, "req", "{\"listVersion\":3,\"updateType\":\"Full\",\"localAuthorizationList\":{}}");
            GoldenCodec.AssertCallError(Type, OcppAction.SignCertificate, "req", "{\"csr\":null}");
        }

        [TestMethod]
        public void Enum_strings_outside_their_table_are_PropertyConstraintViolation()
        {
            GoldenCodec.AssertCallError(Property, OcppAction.SendLocalList, "req", "{\"listVersion\":3,\"updateType\":\"Partial\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.SendLocalList, "req", "{\"listVersion\":3,\"updateType\":\"full\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.SendLocalList, "conf", "{\"status\":\"Rejected\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.DiagnosticsStatusNotification, "req", "{\"status\":\"Done\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.ClearChargingProfile, "req", "{\"chargingProfilePurpose\":\"TxProfiles\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.GetCompositeSchedule, "req", "{\"connectorId\":1,\"duration\":60,\"chargingRateUnit\":\"kW\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.ReserveNow, "conf", "{\"status\":\"Reserved\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.InstallCertificate, "req", "{\"certificateType\":\"V2GRootCertificate\",\"certificate\":\"x\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.DeleteCertificate, "req", "{\"certificateHashData\":{\"hashAlgorithm\":\"MD5\",\"issuerNameHash\":\"a\",\"issuerKeyHash\":\"b\",\"serialNumber\":\"1\"}}");
        }

        [TestMethod]
        public void Each_trigger_and_firmware_status_table_accepts_only_its_own_values()
        {
            // SignChargePointCertificate exists only in ExtendedTriggerMessage; DiagnosticsStatusNotification only in TriggerMessage.
            GoldenCodec.AssertCallError(Property, OcppAction.TriggerMessage, "req", "{\"requestedMessage\":\"SignChargePointCertificate\"}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.ExtendedTriggerMessage, "req", "{\"requestedMessage\":\"SignChargePointCertificate\"}");
            GoldenCodec.AssertCallError(Property, OcppAction.ExtendedTriggerMessage, "req", "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.TriggerMessage, "req", "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}");

            // DownloadScheduled exists only in the signed-firmware status table.
            GoldenCodec.AssertCallError(Property, OcppAction.FirmwareStatusNotification, "req", "{\"status\":\"DownloadScheduled\"}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.SignedFirmwareStatusNotification, "req", "{\"status\":\"DownloadScheduled\"}");
        }

        [TestMethod]
        public void Integers_below_their_minimum_are_PropertyConstraintViolation()
        {
            GoldenCodec.AssertCallError(Property, OcppAction.TriggerMessage, "req", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":0}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.TriggerMessage, "req", "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":1}");
            GoldenCodec.AssertCallError(Property, OcppAction.ReserveNow, "req", "{\"connectorId\":-1,\"expiryDate\":\"2026-11-24T11:00:00Z\",\"idTag\":\"A\",\"reservationId\":1}");
            GoldenCodec.AssertCallError(GoldenCodec.NoError, OcppAction.ReserveNow, "req", "{\"connectorId\":0,\"expiryDate\":\"2026-11-24T11:00:00Z\",\"idTag\":\"A\",\"reservationId\":1}");
            GoldenCodec.AssertCallError(Property, OcppAction.GetDiagnostics, "req", "{\"location\":\"ftp://a/\",\"retries\":-1}");
            GoldenCodec.AssertCallError(Property, OcppAction.UpdateFirmware, "req", "{\"location\":\"ftp://a/\",\"retrieveDate\":\"2026-11-24T00:00:00Z\",\"retryInterval\":-60}");
            GoldenCodec.AssertCallError(Property, OcppAction.ClearChargingProfile, "req", "{\"stackLevel\":-1}");
            GoldenCodec.AssertCallError(Property, OcppAction.GetCompositeSchedule, "req", "{\"connectorId\":1,\"duration\":-5}");
            GoldenCodec.AssertCallError(Property, OcppAction.SetChargingProfile, "req",
                "{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":-1,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16}]}}}");
            GoldenCodec.AssertCallError(Property, OcppAction.SignedUpdateFirmware, "req",
                "{\"retries\":-2,\"requestId\":1,\"firmware\":{\"location\":\"https://a\",\"retrieveDateTime\":\"2026-11-24T00:00:00Z\",\"signingCertificate\":\"c\",\"signature\":\"s\"}}");
        }

        [TestMethod]
        public void Optional_fields_absent_are_omitted_on_write_never_null()
        {
            var request = new ProfileRequest();
            Assert.AreEqual("[2,\"x\",\"ClearChargingProfile\",{}]", Frame("x", OcppAction.ClearChargingProfile, request));
            var reserve = new ReserveNowRequest { ConnectorId = 0, ExpiryDate = Utc.At(2026, 11, 24, 11, 0, 0), IdTag = "TAG", ReservationId = 9 };
            Assert.AreEqual("[2,\"y\",\"ReserveNow\",{\"connectorId\":0,\"expiryDate\":\"2026-11-24T11:00:00.000Z\",\"idTag\":\"TAG\",\"reservationId\":9}]",
                Frame("y", OcppAction.ReserveNow, reserve));
        }

        private static string Frame(string id, string action, object payload)
        {
            var w = new ChargePoint.Ocpp.Json.JsonWriter();
            w.StartArray();
            w.Int(2);
            w.String(id);
            w.String(action);
            CentralSystemWriter.Write(w, payload);
            w.EndArray();
            return w.ToString();
        }

        private static string Repeat(char c, int count)
        {
            var sb = new StringBuilder(count);
            for (int i = 0; i < count; i++)
            {
                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
