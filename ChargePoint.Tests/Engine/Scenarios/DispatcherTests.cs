using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Operations;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Scenarios
{
    /// <summary>
    /// Handlers.Handle picks the handler by the action's place in OcppAction.CentralSystemInitiated: each engine action
    /// reaches its own parser (a payload only that parser accepts), the certificate actions and unknown ones do not.
    /// </summary>
    [TestClass]
    public class DispatcherTests
    {
        [TestMethod]
        public void Each_engine_action_reaches_the_parser_of_its_request()
        {
            string[] rows =
            {
                "CancelReservation", "{\"reservationId\":1}", "IntPayload",
                "ChangeAvailability", "{\"connectorId\":1,\"type\":\"Inoperative\"}", "ConnectorRequest",
                "ChangeConfiguration", "{\"key\":\"k\",\"value\":\"v\"}", "StringPayload",
                "ClearCache", "{}", "EmptyPayload",
                "ClearChargingProfile", "{\"id\":3}", "ProfileRequest",
                "DataTransfer", "{\"vendorId\":\"v\"}", "DataTransferRequest",
                "GetCompositeSchedule", "{\"connectorId\":1,\"duration\":60}", "ConnectorRequest",
                "GetConfiguration", "{\"key\":[\"k\"]}", "String[]",
                "GetDiagnostics", "{\"location\":\"ftp://x/\"}", "UpdateFirmwareRequest",
                "GetLocalListVersion", "{}", "EmptyPayload",
                "RemoteStartTransaction", "{\"idTag\":\"T\"}", "ProfileRequest",
                "RemoteStopTransaction", "{\"transactionId\":5}", "IntPayload",
                "ReserveNow", "{\"connectorId\":1,\"expiryDate\":\"2026-01-01T00:00:00Z\",\"idTag\":\"T\",\"reservationId\":2}", "ReserveNowRequest",
                "Reset", "{\"type\":\"Soft\"}", "StringPayload",
                "SendLocalList", "{\"listVersion\":1,\"updateType\":\"Full\"}", "SendLocalListRequest",
                "SetChargingProfile", "{\"connectorId\":0,\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":8}]}}}", "ProfileRequest",
                "TriggerMessage", "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}", "ConnectorRequest",
                "UnlockConnector", "{\"connectorId\":1}", "IntPayload",
                "UpdateFirmware", "{\"location\":\"http://x/f\",\"retrieveDate\":\"2026-01-01T00:00:00Z\"}", "UpdateFirmwareRequest",
                "ExtendedTriggerMessage", "{\"requestedMessage\":\"LogStatusNotification\"}", "ConnectorRequest",
                "GetLog", "{\"logType\":\"DiagnosticsLog\",\"requestId\":1,\"log\":{\"remoteLocation\":\"ftp://x/\"}}", "UpdateFirmwareRequest",
            };
            var reader = new JsonReader();
            for (int i = 0; i < rows.Length; i += 3)
            {
                reader.Reset(rows[i + 1]);
                object request = Handlers.Handle(rows[i], reader, null, null, 0);
                Assert.AreEqual(rows[i + 2], request.GetType().Name, rows[i]);
            }
        }

        [TestMethod]
        public void Certificate_and_unknown_actions_are_InternalError()
        {
            string[] actions = { "CertificateSigned", "DeleteCertificate", "GetInstalledCertificateIds", "InstallCertificate", "SignedUpdateFirmware", "Heartbeat", "Rese", "ResetX" };
            var reader = new JsonReader();
            for (int i = 0; i < actions.Length; i++)
            {
                reader.Reset("{}");
                string? code = null;
                try
                {
                    Handlers.Handle(actions[i], reader, null, null, 0);
                }
                catch (OcppException e)
                {
                    code = e.ErrorCode;
                }

                Assert.AreEqual("InternalError", code, actions[i]);
            }
        }
    }
}
