using ChargePoint.Ocpp.CentralSystem;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using nanoFramework.TestFramework;
using IdTagInfoPayload = ChargePoint.Ocpp.Model.Transactions.IdTagInfoPayload;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>One known-good frame per message type: parsed, validated and written back byte for byte.</summary>
    [TestClass]
    public class MessageRoundTripTests
    {
        private static JsonReader Reader(string json)
        {
            var r = new JsonReader();
            r.Reset(json);
            return r;
        }

        private static string Write(object m)
        {
            var w = new JsonWriter();
            CentralSystemWriter.Write(w, m);
            return w.ToString();
        }

        [TestMethod]
        public void Serialize_AuthorizeRequest()
        {
            const string Json = "{\"idTag\":\"ABC123\"}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseAuthorize(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_AuthorizeResponse()
        {
            const string Json = "{\"idTagInfo\":{\"expiryDate\":\"2026-11-24T10:00:00.000Z\",\"parentIdTag\":\"PARENT\",\"status\":\"Accepted\"}}";
            Assert.AreEqual(Json, Write(IdTagInfoPayload.Parse(Reader(Json), true, false, false)));
        }

        [TestMethod]
        public void Serialize_BootNotificationRequest()
        {
            const string Json = "{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"chargePointSerialNumber\":\"S1\",\"chargeBoxSerialNumber\":\"B1\",\"firmwareVersion\":\"1.0\",\"iccid\":\"I\",\"imsi\":\"X\",\"meterType\":\"ATM90E32\",\"meterSerialNumber\":\"MS\"}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseBootNotification(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_BootNotificationResponse()
        {
            const string Json = "{\"status\":\"Pending\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":60}";
            Assert.AreEqual(Json, Write(BootNotificationResponse.Parse(Reader(Json), true)));
        }

        [TestMethod]
        public void Serialize_ChangeAvailabilityRequest()
        {
            const string Json = "{\"connectorId\":0,\"type\":\"Inoperative\"}";
            Assert.AreEqual(Json, Write(ConnectorRequest.Parse(Reader(Json), OcppEnum.AvailabilityType)));
        }

        [TestMethod]
        public void Serialize_ChangeAvailabilityResponse()
        {
            const string Json = "{\"status\":\"Scheduled\"}";
            Assert.AreEqual(Json, Write(StatusPayload.Parse(Reader(Json), OcppEnum.AvailabilityStatus)));
        }

        [TestMethod]
        public void Serialize_ChangeConfigurationRequest()
        {
            const string Json = "{\"key\":\"HeartbeatInterval\",\"value\":\"60\"}";
            Assert.AreEqual(Json, Write(StringPayload.ParsePair(Reader(Json), false)));
        }

        [TestMethod]
        public void Serialize_ChangeConfigurationResponse()
        {
            const string Json = "{\"status\":\"RebootRequired\"}";
            Assert.AreEqual(Json, Write(StatusPayload.Parse(Reader(Json), OcppEnum.ConfigurationStatus)));
        }

        [TestMethod]
        public void Serialize_ClearCacheRequest()
        {
            const string Json = "{}";
            Assert.AreEqual(Json, Write(EmptyPayload.Parse(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_ClearCacheResponse()
        {
            const string Json = "{\"status\":\"Rejected\"}";
            Assert.AreEqual(Json, Write(StatusPayload.Parse(Reader(Json), OcppEnum.ClearCacheStatus)));
        }

        [TestMethod]
        public void Serialize_DataTransferRequest()
        {
            const string Json = "{\"vendorId\":\"com.example\",\"messageId\":\"m1\",\"data\":\"{\\\\\\\"a\\\\\\\":1}\"}";
            Assert.AreEqual(Json, Write(DataTransferRequest.Parse(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_DataTransferResponse()
        {
            const string Json = "{\"status\":\"Accepted\",\"data\":\"ok\"}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseDataTransferResponse(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_GetConfigurationRequest()
        {
            const string Json = "{\"key\":[\"HeartbeatInterval\",\"Foo\"]}";
            Assert.AreEqual(Json, Write(GetConfigurationResponse.ParseRequest(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_GetConfigurationResponse()
        {
            const string Json = "{\"configurationKey\":[{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"60\"},{\"key\":\"NumberOfConnectors\",\"readonly\":true,\"value\":\"1\"}],\"unknownKey\":[\"Foo\"]}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseGetConfiguration(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_HeartbeatRequest()
        {
            const string Json = "{}";
            Assert.AreEqual(Json, Write(EmptyPayload.Parse(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_HeartbeatResponse()
        {
            const string Json = "{\"currentTime\":\"2026-11-24T10:00:00.000Z\"}";
            Assert.AreEqual(Json, Write(BootNotificationResponse.Parse(Reader(Json), false)));
        }

        [TestMethod]
        public void Serialize_MeterValuesRequest()
        {
            const string Json = "{\"connectorId\":1,\"transactionId\":7,\"meterValue\":[{\"timestamp\":\"2026-11-24T10:00:00.000Z\",\"sampledValue\":[{\"value\":\"1234.5\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Energy.Active.Import.Register\",\"phase\":\"L1-N\",\"location\":\"Outlet\",\"unit\":\"Wh\"},{\"value\":\"20\",\"measurand\":\"Temperature\",\"unit\":\"Celcius\"}]}]}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseMeterValues(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_MeterValuesResponse()
        {
            const string Json = "{}";
            Assert.AreEqual(Json, Write(EmptyPayload.Parse(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_RemoteStartTransactionRequest()
        {
            const string Json = "{\"connectorId\":1,\"idTag\":\"TAG\",\"chargingProfile\":{\"chargingProfileId\":5,\"transactionId\":9,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Recurring\",\"recurrencyKind\":\"Daily\",\"validFrom\":\"2026-11-24T10:00:00.000Z\",\"validTo\":\"2026-11-25T10:00:00.000Z\",\"chargingSchedule\":{\"duration\":3600,\"startSchedule\":\"2026-11-24T10:00:00.000Z\",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16.5,\"numberPhases\":3},{\"startPeriod\":600,\"limit\":6}],\"minChargingRate\":4.2}}}";
            Assert.AreEqual(Json, Write(ProfileRequest.Parse(Reader(Json), OcppAction.RemoteStartTransaction)));
        }

        [TestMethod]
        public void Serialize_RemoteStartTransactionResponse()
        {
            const string Json = "{\"status\":\"Accepted\"}";
            Assert.AreEqual(Json, Write(StatusPayload.Parse(Reader(Json), OcppEnum.RemoteStartStopStatus)));
        }

        [TestMethod]
        public void Serialize_RemoteStopTransactionRequest()
        {
            const string Json = "{\"transactionId\":-3}";
            Assert.AreEqual(Json, Write(IntPayload.Parse(Reader(Json), "transactionId", int.MinValue)));
        }

        [TestMethod]
        public void Serialize_RemoteStopTransactionResponse()
        {
            const string Json = "{\"status\":\"Rejected\"}";
            Assert.AreEqual(Json, Write(StatusPayload.Parse(Reader(Json), OcppEnum.RemoteStartStopStatus)));
        }

        [TestMethod]
        public void Serialize_ResetRequest()
        {
            const string Json = "{\"type\":\"Soft\"}";
            Assert.AreEqual(Json, Write(StringPayload.Parse(Reader(Json), "type", 0, OcppEnum.ResetType)));
        }

        [TestMethod]
        public void Serialize_ResetResponse()
        {
            const string Json = "{\"status\":\"Accepted\"}";
            Assert.AreEqual(Json, Write(StatusPayload.Parse(Reader(Json), OcppEnum.ResetStatus)));
        }

        [TestMethod]
        public void Serialize_StartTransactionRequest()
        {
            const string Json = "{\"connectorId\":1,\"idTag\":\"TAG\",\"meterStart\":1000,\"reservationId\":4,\"timestamp\":\"2026-11-24T10:00:00.000Z\"}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseStartTransaction(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_StartTransactionResponse()
        {
            const string Json = "{\"idTagInfo\":{\"status\":\"ConcurrentTx\"},\"transactionId\":123}";
            Assert.AreEqual(Json, Write(IdTagInfoPayload.Parse(Reader(Json), true, true, false)));
        }

        [TestMethod]
        public void Serialize_StatusNotificationRequest()
        {
            const string Json = "{\"connectorId\":1,\"errorCode\":\"GroundFailure\",\"info\":\"RCD\",\"status\":\"Faulted\",\"timestamp\":\"2026-11-24T10:00:00.000Z\",\"vendorId\":\"V\",\"vendorErrorCode\":\"E1\"}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseStatusNotification(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_StatusNotificationResponse()
        {
            const string Json = "{}";
            Assert.AreEqual(Json, Write(EmptyPayload.Parse(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_StopTransactionRequest()
        {
            const string Json = "{\"idTag\":\"TAG\",\"meterStop\":2000,\"timestamp\":\"2026-11-24T10:00:00.000Z\",\"transactionId\":123,\"reason\":\"EVDisconnected\",\"transactionData\":[{\"timestamp\":\"2026-11-24T10:00:00.000Z\",\"sampledValue\":[{\"value\":\"1000\",\"context\":\"Transaction.Begin\"}]},{\"timestamp\":\"2026-11-24T11:00:00.000Z\",\"sampledValue\":[{\"value\":\"2000\",\"context\":\"Transaction.End\"}]}]}";
            Assert.AreEqual(Json, Write(CentralSystemParser.ParseStopTransaction(Reader(Json))));
        }

        [TestMethod]
        public void Serialize_StopTransactionResponse()
        {
            const string Json = "{\"idTagInfo\":{\"status\":\"Invalid\"}}";
            Assert.AreEqual(Json, Write(IdTagInfoPayload.Parse(Reader(Json), false, false, false)));
        }

        [TestMethod]
        public void Serialize_UnlockConnectorRequest()
        {
            const string Json = "{\"connectorId\":1}";
            Assert.AreEqual(Json, Write(IntPayload.Parse(Reader(Json), "connectorId", 0)));
        }

        [TestMethod]
        public void Serialize_UnlockConnectorResponse()
        {
            const string Json = "{\"status\":\"NotSupported\"}";
            Assert.AreEqual(Json, Write(StatusPayload.Parse(Reader(Json), OcppEnum.UnlockStatus)));
        }
    }
}
