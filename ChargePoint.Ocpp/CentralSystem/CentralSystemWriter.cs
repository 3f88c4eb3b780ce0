using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using IdTagInfoPayload = ChargePoint.Ocpp.Model.Transactions.IdTagInfoPayload;
using SendLocalListRequest = ChargePoint.Ocpp.Model.Transactions.SendLocalListRequest;

namespace ChargePoint.Ocpp.CentralSystem
{
    /// <summary>
    /// The central system's side of the codec that the charger never runs: writes the CS-initiated requests and the
    /// CP-initiated confirmations (the charger only parses those). Not in the ESP32 image: tests, simulated central
    /// system and benchmarks only.
    /// </summary>
    public static class CentralSystemWriter
    {
        /// <summary>Writes any payload: the charger's own direction through <see cref="IOcppPayload.WriteTo"/>, the other one here.</summary>
        public static void Write(JsonWriter w, object payload)
        {
            // The requests parsed straight into a data type or a list: DeleteCertificate.req (its certificateHashData)
            // and GetConfiguration.req (its key list; null: no key). Never top-level payloads otherwise.
            if (payload is CertificateHashDataType)
            {
                WriteDeleteCertificate(w, (CertificateHashDataType)payload);
                return;
            }

            if (payload == null || payload is string[])
            {
                WriteGetConfiguration(w, (string[]?)payload);
                return;
            }

            if (payload is IOcppPayload)
            {
                ((IOcppPayload)payload).WriteTo(w);
                return;
            }

            if (payload is IdTagInfoPayload)
            {
                WriteIdTagInfoPayload(w, (IdTagInfoPayload)payload);
                return;
            }

            if (payload is BootNotificationResponse)
            {
                var conf = (BootNotificationResponse)payload;
                if (conf.Status == null)
                {
                    WriteHeartbeat(w, conf); // a Heartbeat.conf
                }
                else
                {
                    WriteBootNotification(w, conf);
                }

                return;
            }

            if (payload is ConnectorRequest)
            {
                // GetCompositeSchedule.req (it has the duration), ChangeAvailability.req or a trigger: the last two told
                // apart by the value's enumeration (their words differ).
                var m = (ConnectorRequest)payload;
                if (m.Duration != Absent.Int)
                {
                    WriteGetCompositeSchedule(w, m);
                }
                else if (Validate.IsOneOf(m.Value, OcppEnum.AvailabilityType))
                {
                    WriteChangeAvailability(w, m);
                }
                else
                {
                    WriteTriggerMessage(w, m);
                }

                return;
            }

            if (payload is ProfileRequest)
            {
                // RemoteStartTransaction.req (it has the idTag), SetChargingProfile.req (the profile alone) or
                // ClearChargingProfile.req (neither).
                var m = (ProfileRequest)payload;
                if (m.IdTag != null)
                {
                    WriteRemoteStartTransaction(w, m);
                }
                else if (m.ChargingProfile != null)
                {
                    WriteSetChargingProfile(w, m);
                }
                else
                {
                    WriteClearChargingProfile(w, m);
                }

                return;
            }

            if (payload is UpdateFirmwareRequest)
            {
                // One type for four requests, told apart by its action.
                var m = (UpdateFirmwareRequest)payload;
                if (m.Action == OcppAction.GetDiagnostics)
                {
                    WriteGetDiagnostics(w, m);
                }
                else if (m.Action == OcppAction.GetLog)
                {
                    WriteGetLog(w, m);
                }
                else if (m.Action == OcppAction.SignedUpdateFirmware)
                {
                    WriteSignedUpdateFirmware(w, m);
                }
                else
                {
                    WriteUpdateFirmware(w, m);
                }

                return;
            }

            if (payload is DataTransferRequest)
            {
                WriteDataTransfer(w, (DataTransferRequest)payload);
                return;
            }

            if (payload is ReserveNowRequest)
            {
                WriteReserveNow(w, (ReserveNowRequest)payload);
                return;
            }

            if (payload is SendLocalListRequest)
            {
                WriteSendLocalList(w, (SendLocalListRequest)payload);
                return;
            }

            if (payload is IdTagInfo)
            {
                WriteIdTagInfo(w, (IdTagInfo)payload);
                return;
            }

            if (payload is ChargePoint.Ocpp.Model.Transactions.IdTagInfo)
            {
                WriteIdTagInfo(w, (ChargePoint.Ocpp.Model.Transactions.IdTagInfo)payload);
                return;
            }

            throw new System.ArgumentException("not an OCPP 1.6 payload");
        }

        /// <summary>Authorize.conf, StopTransaction.conf and StartTransaction.conf (one type; idTagInfo omitted when null, transactionId when absent).</summary>
        public static void WriteIdTagInfoPayload(JsonWriter w, IdTagInfoPayload m)
        {
            w.StartObject();
            WriteIdTagInfoProperty(w, m.IdTagInfo);
            w.Prop("transactionId", m.TransactionId);
            w.EndObject();
        }

        public static void WriteBootNotification(JsonWriter w, BootNotificationResponse m)
        {
            w.StartObject();
            w.Prop("status", m.Status);
            w.Prop("currentTime", m.CurrentTime);
            w.Prop("interval", m.Interval);
            w.EndObject();
        }

        public static void WriteHeartbeat(JsonWriter w, BootNotificationResponse m)
        {
            w.StartObject();
            w.Prop("currentTime", m.CurrentTime);
            w.EndObject();
        }

        public static void WriteChangeAvailability(JsonWriter w, ConnectorRequest m)
        {
            w.StartObject();
            w.Prop("connectorId", m.ConnectorId);
            w.Prop("type", m.Value);
            w.EndObject();
        }

        public static void WriteClearChargingProfile(JsonWriter w, ProfileRequest m)
        {
            w.StartObject();
            w.Prop("id", m.Id);
            w.Prop("connectorId", m.ConnectorId);
            w.Prop("chargingProfilePurpose", m.ChargingProfilePurpose);
            w.Prop("stackLevel", m.StackLevel);
            w.EndObject();
        }

        public static void WriteDeleteCertificate(JsonWriter w, CertificateHashDataType m)
        {
            w.StartObject();
            w.PropertyName("certificateHashData");
            m.WriteTo(w);
            w.EndObject();
        }

        public static void WriteDataTransfer(JsonWriter w, DataTransferRequest m)
        {
            w.StartObject();
            w.Prop("vendorId", m.VendorId);
            w.Prop("messageId", m.MessageId);
            w.Prop("data", m.Data);
            w.EndObject();
        }

        public static void WriteGetCompositeSchedule(JsonWriter w, ConnectorRequest m)
        {
            w.StartObject();
            w.Prop("connectorId", m.ConnectorId);
            w.Prop("duration", m.Duration);
            w.Prop("chargingRateUnit", m.Value);
            w.EndObject();
        }

        /// <summary>GetConfiguration.req: the key list, null for none (all keys).</summary>
        public static void WriteGetConfiguration(JsonWriter w, string[]? keys)
        {
            w.StartObject();
            if (keys != null)
            {
                w.PropertyName("key");
                w.StartArray();
                for (int i = 0; i < keys.Length; i++)
                {
                    w.String(keys[i]);
                }
                w.EndArray();
            }
            w.EndObject();
        }

        public static void WriteGetDiagnostics(JsonWriter w, UpdateFirmwareRequest m)
        {
            w.StartObject();
            w.Prop("location", m.Location);
            w.Prop("retries", m.Retries);
            w.Prop("retryInterval", m.RetryInterval);
            w.Prop("startTime", m.StartTime);
            w.Prop("stopTime", m.StopTime);
            w.EndObject();
        }

        public static void WriteGetLog(JsonWriter w, UpdateFirmwareRequest m)
        {
            w.StartObject();
            w.PropertyName("log");
            w.StartObject();
            w.Prop("remoteLocation", m.Location);
            w.Prop("oldestTimestamp", m.StartTime);
            w.Prop("latestTimestamp", m.StopTime);
            w.EndObject();
            w.Prop("logType", m.LogType);
            w.Prop("requestId", m.RequestId);
            w.Prop("retries", m.Retries);
            w.Prop("retryInterval", m.RetryInterval);
            w.EndObject();
        }

        public static void WriteRemoteStartTransaction(JsonWriter w, ProfileRequest m)
        {
            w.StartObject();
            w.Prop("connectorId", m.ConnectorId);
            w.Prop("idTag", m.IdTag);
            if (m.ChargingProfile != null)
            {
                w.PropertyName("chargingProfile");
                m.ChargingProfile.WriteTo(w);
            }
            w.EndObject();
        }

        public static void WriteReserveNow(JsonWriter w, ReserveNowRequest m)
        {
            w.StartObject();
            w.Prop("connectorId", m.ConnectorId);
            w.Prop("expiryDate", m.ExpiryDate);
            w.Prop("idTag", m.IdTag);
            w.Prop("parentIdTag", m.ParentIdTag);
            w.Prop("reservationId", m.ReservationId);
            w.EndObject();
        }

        public static void WriteSendLocalList(JsonWriter w, SendLocalListRequest m)
        {
            w.StartObject();
            w.Prop("listVersion", m.ListVersion);
            if (m.LocalAuthorizationList != null)
            {
                w.PropertyName("localAuthorizationList");
                w.StartArray();
                for (int i = 0; i < m.LocalAuthorizationList.Length; i++)
                {
                    WriteAuthorizationData(w, m.LocalAuthorizationList[i]);
                }
                w.EndArray();
            }
            w.Prop("updateType", m.UpdateType);
            w.EndObject();
        }

        public static void WriteSetChargingProfile(JsonWriter w, ProfileRequest m)
        {
            w.StartObject();
            w.Prop("connectorId", m.ConnectorId);
            w.PropertyName("csChargingProfiles");
            m.ChargingProfile.WriteTo(w);
            w.EndObject();
        }

        public static void WriteSignedUpdateFirmware(JsonWriter w, UpdateFirmwareRequest m)
        {
            w.StartObject();
            w.Prop("retries", m.Retries);
            w.Prop("retryInterval", m.RetryInterval);
            w.Prop("requestId", m.RequestId);
            w.PropertyName("firmware");
            w.StartObject();
            w.Prop("location", m.Location);
            w.Prop("retrieveDateTime", m.RetrieveDate);
            w.Prop("installDateTime", m.InstallDateTime);
            w.Prop("signingCertificate", m.SigningCertificate);
            w.Prop("signature", m.Signature);
            w.EndObject();
            w.EndObject();
        }

        /// <summary>TriggerMessage.req and ExtendedTriggerMessage.req (one type).</summary>
        public static void WriteTriggerMessage(JsonWriter w, ConnectorRequest m)
        {
            w.StartObject();
            w.Prop("requestedMessage", m.Value);
            w.Prop("connectorId", m.ConnectorId);
            w.EndObject();
        }

        public static void WriteUpdateFirmware(JsonWriter w, UpdateFirmwareRequest m)
        {
            w.StartObject();
            w.Prop("location", m.Location);
            w.Prop("retries", m.Retries);
            w.Prop("retrieveDate", m.RetrieveDate);
            w.Prop("retryInterval", m.RetryInterval);
            w.EndObject();
        }

        /// <summary>An idTagInfo the charger parsed (its model's form: status code, expiry in ms, 0 when absent).</summary>
        public static void WriteIdTagInfo(JsonWriter w, ChargePoint.Ocpp.Model.Transactions.IdTagInfo m)
        {
            w.StartObject();
            if (m.ExpiryUtcMs != 0)
            {
                w.Prop("expiryDate", ChargePoint.Ocpp.Model.Transactions.CaptureTime.ToDateTime(m.ExpiryUtcMs));
            }

            w.Prop("parentIdTag", m.ParentIdTag);
            w.Prop("status", ChargePoint.Ocpp.Model.Transactions.Measurand.ToText(ChargePoint.Ocpp.Model.Transactions.IdTagInfo.Base + m.Status));
            w.EndObject();
        }

        public static void WriteIdTagInfo(JsonWriter w, IdTagInfo m)
        {
            w.StartObject();
            w.Prop("expiryDate", m.ExpiryDate);
            w.Prop("parentIdTag", m.ParentIdTag);
            w.Prop("status", m.Status);
            w.EndObject();
        }

        /// <summary>The optional idTagInfo member: nothing when null.</summary>
        private static void WriteIdTagInfoProperty(JsonWriter w, ChargePoint.Ocpp.Model.Transactions.IdTagInfo info)
        {
            if (info != null)
            {
                w.PropertyName("idTagInfo");
                WriteIdTagInfo(w, info);
            }
        }

        public static void WriteAuthorizationData(JsonWriter w, IdTagInfoPayload m)
        {
            w.StartObject();
            w.Prop("idTag", m.IdTag);
            WriteIdTagInfoProperty(w, m.IdTagInfo);
            w.EndObject();
        }
    }
}
