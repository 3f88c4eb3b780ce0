using ChargePoint.Ocpp.CentralSystem;
using System;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using nanoFramework.TestFramework;
using IdTagInfoPayload = ChargePoint.Ocpp.Model.Transactions.IdTagInfoPayload;
using SendLocalListRequest = ChargePoint.Ocpp.Model.Transactions.SendLocalListRequest;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>
    /// Test-side frame codec over the public message API: parses a CALL/CALLRESULT frame into the typed payload
    /// (envelope checked as RpcSession does) and writes it back with the same id.
    /// </summary>
    public static class GoldenCodec
    {
        public const string NoError = "(no error)";

        /// <summary>Parses the payload object of the given action and kind ("req" or "conf"); the reader stands at '{'.</summary>
        public static object Parse(string action, string kind, JsonReader r)
        {
            return kind == "req" ? ParseRequest(action, r) : ParseResponse(action, r);
        }

        /// <summary>Parses a whole frame and writes it back; asserts the text is identical and returns the payload.</summary>
        public static object AssertRoundTrip(string action, string kind, string frame)
        {
            object payload;
            string written = RoundTrip(action, kind, frame, out payload);
            Assert.AreEqual(frame, written, action + "." + kind + " round trip");
            return payload;
        }

        public static string RoundTrip(string action, string kind, string frame, out object payload)
        {
            var r = new JsonReader();
            r.Reset(frame);
            r.ReadStartArray("frame");
            Assert.IsTrue(r.NextItem());
            int type = r.ReadInt("messageTypeId");
            Assert.AreEqual(kind == "req" ? 2 : 3, type, "message type");
            Assert.IsTrue(r.NextItem());
            string id = r.ReadString("uniqueId");
            Assert.IsTrue(r.NextItem());
            if (type == 2)
            {
                Assert.AreEqual(action, r.ReadString("action"));
                Assert.IsTrue(r.NextItem());
            }

            payload = Parse(action, kind, r);
            Assert.IsFalse(r.NextItem(), "frame must end after the payload");
            r.ReadEnd();

            var w = new JsonWriter();
            w.StartArray();
            w.Int(type);
            w.String(id);
            if (type == 2)
            {
                w.String(action);
            }

            CentralSystemWriter.Write(w, payload);
            w.EndArray();
            return w.ToString();
        }

        /// <summary>The payload object text of a frame (ids and actions never contain braces).</summary>
        public static string PayloadOf(string frame)
        {
            int start = frame.IndexOf('{');
            return frame.Substring(start, frame.LastIndexOf('}') - start + 1);
        }

        /// <summary>Parses a payload and returns the CallError code it raises, or <see cref="NoError"/>.</summary>
        public static string ErrorCodeOf(string action, string kind, string payloadJson)
        {
            var r = new JsonReader();
            r.Reset(payloadJson);
            try
            {
                Parse(action, kind, r);
                r.ReadEnd();
            }
            catch (OcppException e)
            {
                return e.ErrorCode;
            }

            return NoError;
        }

        /// <summary>Asserts that parsing the payload fails with exactly this CallError code.</summary>
        public static void AssertCallError(string expectedCode, string action, string kind, string payloadJson)
        {
            Assert.AreEqual(expectedCode, ErrorCodeOf(action, kind, payloadJson), action + "." + kind + " " + payloadJson);
        }

        private static object ParseRequest(string action, JsonReader r)
        {
            switch (action)
            {
                case OcppAction.Authorize:
                    return CentralSystemParser.ParseAuthorize(r);
                case OcppAction.BootNotification:
                    return CentralSystemParser.ParseBootNotification(r);
                case OcppAction.ChangeAvailability:
                    return ConnectorRequest.Parse(r, OcppEnum.AvailabilityType);
                case OcppAction.ChangeConfiguration:
                    return StringPayload.ParsePair(r, false);
                case OcppAction.ClearCache:
                    return EmptyPayload.Parse(r);
                case OcppAction.DataTransfer:
                    return DataTransferRequest.Parse(r);
                case OcppAction.GetConfiguration:
                    return GetConfigurationResponse.ParseRequest(r);
                case OcppAction.Heartbeat:
                    return EmptyPayload.Parse(r);
                case OcppAction.MeterValues:
                    return CentralSystemParser.ParseMeterValues(r);
                case OcppAction.RemoteStartTransaction:
                    return ProfileRequest.Parse(r, OcppAction.RemoteStartTransaction);
                case OcppAction.RemoteStopTransaction:
                    return IntPayload.Parse(r, "transactionId", int.MinValue);
                case OcppAction.Reset:
                    return StringPayload.Parse(r, "type", 0, OcppEnum.ResetType);
                case OcppAction.StartTransaction:
                    return CentralSystemParser.ParseStartTransaction(r);
                case OcppAction.StatusNotification:
                    return CentralSystemParser.ParseStatusNotification(r);
                case OcppAction.StopTransaction:
                    return CentralSystemParser.ParseStopTransaction(r);
                case OcppAction.UnlockConnector:
                    return IntPayload.Parse(r, "connectorId", 0);
                case OcppAction.GetLocalListVersion:
                    return EmptyPayload.Parse(r);
                case OcppAction.SendLocalList:
                    return SendLocalListRequest.Parse(r);
                case OcppAction.GetDiagnostics:
                    return UpdateFirmwareRequest.Parse(r, OcppAction.GetDiagnostics);
                case OcppAction.DiagnosticsStatusNotification:
                    return StatusPayload.Parse(r, OcppEnum.DiagnosticsStatus);
                case OcppAction.FirmwareStatusNotification:
                    return StatusPayload.Parse(r, OcppEnum.FirmwareStatus);
                case OcppAction.UpdateFirmware:
                    return UpdateFirmwareRequest.Parse(r, OcppAction.UpdateFirmware);
                case OcppAction.ReserveNow:
                    return ReserveNowRequest.Parse(r);
                case OcppAction.CancelReservation:
                    return IntPayload.Parse(r, "reservationId", int.MinValue);
                case OcppAction.SetChargingProfile:
                    return ProfileRequest.Parse(r, OcppAction.SetChargingProfile);
                case OcppAction.ClearChargingProfile:
                    return ProfileRequest.Parse(r, OcppAction.ClearChargingProfile);
                case OcppAction.GetCompositeSchedule:
                    return ConnectorRequest.Parse(r, OcppEnum.ChargingRateUnitType);
                case OcppAction.TriggerMessage:
                    return ConnectorRequest.Parse(r, OcppEnum.MessageTrigger);
                case OcppAction.SecurityEventNotification:
                    return CentralSystemParser.ParseSecurityEventNotification(r);
                case OcppAction.SignCertificate:
                    return CentralSystemParser.ParseSignCertificate(r);
                case OcppAction.CertificateSigned:
                    return StringPayload.Parse(r, "certificateChain", 10000, null);
                case OcppAction.InstallCertificate:
                    return StringPayload.ParsePair(r, true);
                case OcppAction.DeleteCertificate:
                    return CertificateHashDataType.ParseDelete(r);
                case OcppAction.GetInstalledCertificateIds:
                    return StringPayload.Parse(r, "certificateType", 0, OcppEnum.CertificateUseEnumType);
                case OcppAction.ExtendedTriggerMessage:
                    return ConnectorRequest.Parse(r, OcppEnum.MessageTriggerEnumType);
                case OcppAction.GetLog:
                    return UpdateFirmwareRequest.Parse(r, OcppAction.GetLog);
                case OcppAction.LogStatusNotification:
                    return CentralSystemParser.ParseLogStatusNotification(r);
                case OcppAction.SignedUpdateFirmware:
                    return UpdateFirmwareRequest.Parse(r, OcppAction.SignedUpdateFirmware);
                case OcppAction.SignedFirmwareStatusNotification:
                    return CentralSystemParser.ParseSignedFirmwareStatusNotification(r);
                default:
                    throw new ArgumentException("no request class for " + action);
            }
        }

        private static object ParseResponse(string action, JsonReader r)
        {
            switch (action)
            {
                case OcppAction.Authorize:
                    return IdTagInfoPayload.Parse(r, true, false, false);
                case OcppAction.BootNotification:
                    return BootNotificationResponse.Parse(r, true);
                case OcppAction.ChangeAvailability:
                    return StatusPayload.Parse(r, OcppEnum.AvailabilityStatus);
                case OcppAction.ChangeConfiguration:
                    return StatusPayload.Parse(r, OcppEnum.ConfigurationStatus);
                case OcppAction.ClearCache:
                    return StatusPayload.Parse(r, OcppEnum.ClearCacheStatus);
                case OcppAction.DataTransfer:
                    return CentralSystemParser.ParseDataTransferResponse(r);
                case OcppAction.GetConfiguration:
                    return CentralSystemParser.ParseGetConfiguration(r);
                case OcppAction.Heartbeat:
                    return BootNotificationResponse.Parse(r, false);
                case OcppAction.MeterValues:
                    return EmptyPayload.Parse(r);
                case OcppAction.RemoteStartTransaction:
                    return StatusPayload.Parse(r, OcppEnum.RemoteStartStopStatus);
                case OcppAction.RemoteStopTransaction:
                    return StatusPayload.Parse(r, OcppEnum.RemoteStartStopStatus);
                case OcppAction.Reset:
                    return StatusPayload.Parse(r, OcppEnum.ResetStatus);
                case OcppAction.StartTransaction:
                    return IdTagInfoPayload.Parse(r, true, true, false);
                case OcppAction.StatusNotification:
                    return EmptyPayload.Parse(r);
                case OcppAction.StopTransaction:
                    return IdTagInfoPayload.Parse(r, false, false, false);
                case OcppAction.UnlockConnector:
                    return StatusPayload.Parse(r, OcppEnum.UnlockStatus);
                case OcppAction.GetLocalListVersion:
                    return CentralSystemParser.ParseGetLocalListVersion(r);
                case OcppAction.SendLocalList:
                    return StatusPayload.Parse(r, OcppEnum.UpdateStatus);
                case OcppAction.GetDiagnostics:
                    return CentralSystemParser.ParseGetDiagnostics(r);
                case OcppAction.DiagnosticsStatusNotification:
                    return EmptyPayload.Parse(r);
                case OcppAction.FirmwareStatusNotification:
                    return EmptyPayload.Parse(r);
                case OcppAction.UpdateFirmware:
                    return EmptyPayload.Parse(r);
                case OcppAction.ReserveNow:
                    return StatusPayload.Parse(r, OcppEnum.ReservationStatus);
                case OcppAction.CancelReservation:
                    return StatusPayload.Parse(r, OcppEnum.CancelReservationStatus);
                case OcppAction.SetChargingProfile:
                    return StatusPayload.Parse(r, OcppEnum.ChargingProfileStatus);
                case OcppAction.ClearChargingProfile:
                    return StatusPayload.Parse(r, OcppEnum.ClearChargingProfileStatus);
                case OcppAction.GetCompositeSchedule:
                    return CentralSystemParser.ParseGetCompositeSchedule(r);
                case OcppAction.TriggerMessage:
                    return StatusPayload.Parse(r, OcppEnum.TriggerMessageStatus);
                case OcppAction.SecurityEventNotification:
                    return EmptyPayload.Parse(r);
                case OcppAction.SignCertificate:
                    return StatusPayload.Parse(r, OcppEnum.GenericStatusEnumType);
                case OcppAction.CertificateSigned:
                    return StatusPayload.Parse(r, OcppEnum.CertificateSignedStatusEnumType);
                case OcppAction.InstallCertificate:
                    return StatusPayload.Parse(r, OcppEnum.InstallCertificateStatusEnumType);
                case OcppAction.DeleteCertificate:
                    return StatusPayload.Parse(r, OcppEnum.DeleteCertificateStatusEnumType);
                case OcppAction.GetInstalledCertificateIds:
                    return CentralSystemParser.ParseGetInstalledCertificateIds(r);
                case OcppAction.ExtendedTriggerMessage:
                    return StatusPayload.Parse(r, OcppEnum.TriggerMessageStatusEnumType);
                case OcppAction.GetLog:
                    return CentralSystemParser.ParseGetLog(r);
                case OcppAction.LogStatusNotification:
                    return EmptyPayload.Parse(r);
                case OcppAction.SignedUpdateFirmware:
                    return StatusPayload.Parse(r, OcppEnum.UpdateFirmwareStatusEnumType);
                case OcppAction.SignedFirmwareStatusNotification:
                    return EmptyPayload.Parse(r);
                default:
                    throw new ArgumentException("no response class for " + action);
            }
        }
    }
}
