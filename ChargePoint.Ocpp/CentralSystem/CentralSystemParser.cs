using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.CentralSystem
{
    /// <summary>
    /// The central system's side of the codec that the charger never runs: parses the CP-initiated requests and the
    /// CS-initiated confirmations (the charger only writes those). Not in the ESP32 image: tests, simulated central
    /// system and benchmarks only.
    /// </summary>
    public static class CentralSystemParser
    {
        /// <summary>A placeholder for a required dateTime until it is read (its absence fails the parse); a real instant, not a sentinel.</summary>
        private static System.DateTime Unset() => new System.DateTime(2000, 1, 1);

        /// <summary>A required list given empty (minItems 1): OccurenceConstraintViolation (the text of ChargingSchedule.Parse).</summary>
        private static void NotEmpty(int count, string field)
        {
            if (count == 0)
            {
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, field + " needs at least one element");
            }
        }

        /// <summary>Authorize.req: its one string, idTag (CiString20).</summary>
        public static StringPayload ParseAuthorize(JsonReader r) => StringPayload.Parse(r, "idTag", 20, null);

        public static BootNotificationRequest ParseBootNotification(JsonReader r)
        {
            var m = new BootNotificationRequest(string.Empty, string.Empty);
            bool hasChargePointVendor = false;
            bool hasChargePointModel = false;
            r.ReadStartObject("BootNotificationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("chargePointVendor"))
                {
                    m.ChargePointVendor = r.ReadString("chargePointVendor", 20);
                    hasChargePointVendor = true;
                }
                else if (r.NameIs("chargePointModel"))
                {
                    m.ChargePointModel = r.ReadString("chargePointModel", 20);
                    hasChargePointModel = true;
                }
                else if (r.NameIs("chargePointSerialNumber"))
                {
                    m.ChargePointSerialNumber = r.ReadString("chargePointSerialNumber", 25);
                }
                else if (r.NameIs("chargeBoxSerialNumber"))
                {
                    m.ChargeBoxSerialNumber = r.ReadString("chargeBoxSerialNumber", 25);
                }
                else if (r.NameIs("firmwareVersion"))
                {
                    m.FirmwareVersion = r.ReadString("firmwareVersion", 50);
                }
                else if (r.NameIs("iccid"))
                {
                    m.Iccid = r.ReadString("iccid", 20);
                }
                else if (r.NameIs("imsi"))
                {
                    m.Imsi = r.ReadString("imsi", 20);
                }
                else if (r.NameIs("meterType"))
                {
                    m.MeterType = r.ReadString("meterType", 25);
                }
                else if (r.NameIs("meterSerialNumber"))
                {
                    m.MeterSerialNumber = r.ReadString("meterSerialNumber", 25);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasChargePointVendor, "chargePointVendor");
            Validate.Required(hasChargePointModel, "chargePointModel");
            return m;
        }

        public static ReceivedMeterValues ParseMeterValues(JsonReader r)
        {
            var m = new ReceivedMeterValues(0, new MeterValue[0]);
            bool hasConnectorId = false;
            bool hasMeterValue = false;
            r.ReadStartObject("MeterValuesRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt("connectorId", 0);
                    hasConnectorId = true;
                }
                else if (r.NameIs("transactionId"))
                {
                    m.TransactionId = r.ReadInt("transactionId");
                }
                else if (r.NameIs("meterValue"))
                {
                    m.MeterValue = ParseMeterValues(r, "meterValue");
                    NotEmpty(m.MeterValue.Length, "meterValue");
                    hasMeterValue = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasMeterValue, "meterValue");
            return m;
        }

        public static StartTransactionRequest ParseStartTransaction(JsonReader r)
        {
            var m = new StartTransactionRequest(0, string.Empty, 0, Unset());
            bool hasConnectorId = false;
            bool hasIdTag = false;
            bool hasMeterStart = false;
            bool hasTimestamp = false;
            r.ReadStartObject("StartTransactionRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt("connectorId", 1);
                    hasConnectorId = true;
                }
                else if (r.NameIs("idTag"))
                {
                    m.IdTag = r.ReadString("idTag", 20);
                    hasIdTag = true;
                }
                else if (r.NameIs("meterStart"))
                {
                    m.MeterStart = r.ReadInt("meterStart");
                    hasMeterStart = true;
                }
                else if (r.NameIs("reservationId"))
                {
                    m.ReservationId = r.ReadInt("reservationId");
                }
                else if (r.NameIs("timestamp"))
                {
                    m.Timestamp = r.ReadDateTime("timestamp");
                    hasTimestamp = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasIdTag, "idTag");
            Validate.Required(hasMeterStart, "meterStart");
            Validate.Required(hasTimestamp, "timestamp");
            return m;
        }

        public static StatusNotificationRequest ParseStatusNotification(JsonReader r)
        {
            var m = new StatusNotificationRequest(0, string.Empty, string.Empty);
            bool hasConnectorId = false;
            bool hasErrorCode = false;
            bool hasStatus = false;
            r.ReadStartObject("StatusNotificationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt("connectorId", 0);
                    hasConnectorId = true;
                }
                else if (r.NameIs("errorCode"))
                {
                    m.ErrorCode = r.ReadEnum("errorCode", OcppEnum.ChargePointErrorCode);
                    hasErrorCode = true;
                }
                else if (r.NameIs("info"))
                {
                    m.Info = r.ReadString("info", 50);
                }
                else if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum("status", OcppEnum.ChargePointStatus);
                    hasStatus = true;
                }
                else if (r.NameIs("timestamp"))
                {
                    m.Timestamp = new UtcTimestamp(r.ReadDateTime("timestamp"));
                }
                else if (r.NameIs("vendorId"))
                {
                    m.VendorId = r.ReadString("vendorId", 255);
                }
                else if (r.NameIs("vendorErrorCode"))
                {
                    m.VendorErrorCode = r.ReadString("vendorErrorCode", 50);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasErrorCode, "errorCode");
            Validate.Required(hasStatus, "status");
            return m;
        }

        public static StopTransactionRequest ParseStopTransaction(JsonReader r)
        {
            var m = new StopTransactionRequest(0, Unset(), 0);
            bool hasMeterStop = false;
            bool hasTimestamp = false;
            bool hasTransactionId = false;
            r.ReadStartObject("StopTransactionRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("idTag"))
                {
                    m.IdTag = r.ReadString("idTag", 20);
                }
                else if (r.NameIs("meterStop"))
                {
                    m.MeterStop = r.ReadInt("meterStop");
                    hasMeterStop = true;
                }
                else if (r.NameIs("timestamp"))
                {
                    m.Timestamp = r.ReadDateTime("timestamp");
                    hasTimestamp = true;
                }
                else if (r.NameIs("transactionId"))
                {
                    m.TransactionId = r.ReadInt("transactionId");
                    hasTransactionId = true;
                }
                else if (r.NameIs("reason"))
                {
                    m.Reason = r.ReadEnum("reason", Reason.All);
                }
                else if (r.NameIs("transactionData"))
                {
                    m.TransactionData = ParseMeterValues(r, "transactionData");
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasMeterStop, "meterStop");
            Validate.Required(hasTimestamp, "timestamp");
            Validate.Required(hasTransactionId, "transactionId");
            return m;
        }

        public static StatusPayload ParseLogStatusNotification(JsonReader r) =>
            ParseStatusAndRequestId(r, "LogStatusNotificationRequest", OcppEnum.UploadLogStatusEnumType);

        public static SecurityEventNotificationRequest ParseSecurityEventNotification(JsonReader r)
        {
            var m = new SecurityEventNotificationRequest(string.Empty, Unset());
            bool hasType = false;
            bool hasTimestamp = false;
            r.ReadStartObject("SecurityEventNotificationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("type"))
                {
                    m.Type = r.ReadString("type", 50);
                    hasType = true;
                }
                else if (r.NameIs("timestamp"))
                {
                    m.Timestamp = r.ReadDateTime("timestamp");
                    hasTimestamp = true;
                }
                else if (r.NameIs("techInfo"))
                {
                    m.TechInfo = r.ReadString("techInfo", 255);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasType, "type");
            Validate.Required(hasTimestamp, "timestamp");
            return m;
        }

        /// <summary>SignCertificate.req: its one string, csr (at most 5500 characters).</summary>
        public static StringPayload ParseSignCertificate(JsonReader r) => StringPayload.Parse(r, "csr", 5500, null);

        public static StatusPayload ParseSignedFirmwareStatusNotification(JsonReader r) =>
            ParseStatusAndRequestId(r, "SignedFirmwareStatusNotificationRequest", OcppEnum.FirmwareStatusEnumType);

        /// <summary>A required status of <paramref name="table"/> and an optional requestId (the Security Whitepaper's status notifications).</summary>
        private static StatusPayload ParseStatusAndRequestId(JsonReader r, string objectName, string table)
        {
            var m = new StatusPayload(string.Empty);
            bool hasStatus = false;
            r.ReadStartObject(objectName);
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum("status", table);
                    hasStatus = true;
                }
                else if (r.NameIs("requestId"))
                {
                    m.RequestId = r.ReadInt("requestId");
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }

        /// <summary>DataTransfer.conf of a CS-initiated DataTransfer.</summary>
        public static StatusPayload ParseDataTransferResponse(JsonReader r) =>
            ParseStatusAndText(r, "DataTransferResponse", OcppEnum.DataTransferStatus, "data", int.MaxValue);

        /// <summary>GetCompositeSchedule.conf: a <see cref="StatusPayload"/> with its three optional fields.</summary>
        public static StatusPayload ParseGetCompositeSchedule(JsonReader r)
        {
            var m = new StatusPayload(string.Empty);
            bool hasStatus = false;
            r.ReadStartObject("GetCompositeScheduleResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum("status", OcppEnum.GetCompositeScheduleStatus);
                    hasStatus = true;
                }
                else if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt("connectorId", 0);
                }
                else if (r.NameIs("scheduleStart"))
                {
                    m.ScheduleStart = new UtcTimestamp(r.ReadDateTime("scheduleStart"));
                }
                else if (r.NameIs("chargingSchedule"))
                {
                    m.ChargingSchedule = ChargingSchedule.Parse(r);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }

        public static GetConfigurationResponse ParseGetConfiguration(JsonReader r)
        {
            var m = new GetConfigurationResponse();
            r.ReadStartObject("GetConfigurationResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("configurationKey"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("configurationKey");
                    while (r.NextItem())
                    {
                        list.Add(ParseKeyValue(r));
                    }
                    m.ConfigurationKey = (KeyValue[])list.ToArray(typeof(KeyValue));
                }
                else if (r.NameIs("unknownKey"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("unknownKey");
                    while (r.NextItem())
                    {
                        list.Add(r.ReadString("unknownKey", 50));
                    }
                    m.UnknownKey = (string[])list.ToArray(typeof(string));
                }
                else
                {
                    r.SkipValue();
                }
            }
            return m;
        }

        public static StringPayload ParseGetDiagnostics(JsonReader r)
        {
            var m = new StringPayload("fileName", null);
            r.ReadStartObject("GetDiagnosticsResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("fileName"))
                {
                    m.Value = r.ReadString("fileName", 255);
                }
                else
                {
                    r.SkipValue();
                }
            }
            return m;
        }

        public static StatusPayload ParseGetInstalledCertificateIds(JsonReader r)
        {
            var m = new StatusPayload(string.Empty);
            bool hasStatus = false;
            r.ReadStartObject("GetInstalledCertificateIdsResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("certificateHashData"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("certificateHashData");
                    while (r.NextItem())
                    {
                        list.Add(CertificateHashDataType.Parse(r));
                    }
                    m.CertificateHashData = (CertificateHashDataType[])list.ToArray(typeof(CertificateHashDataType));
                    NotEmpty(m.CertificateHashData.Length, "certificateHashData");
                }
                else if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum("status", OcppEnum.GetInstalledCertificateStatusEnumType);
                    hasStatus = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }

        /// <summary>GetLocalListVersion.conf: its one integer, listVersion.</summary>
        public static IntPayload ParseGetLocalListVersion(JsonReader r) => IntPayload.Parse(r, "listVersion", int.MinValue);

        public static StatusPayload ParseGetLog(JsonReader r) =>
            ParseStatusAndText(r, "GetLogResponse", OcppEnum.LogStatusEnumType, "filename", 255);

        /// <summary>
        /// A required status of <paramref name="table"/> and the optional string <paramref name="textName"/> of at most
        /// <paramref name="maxLength"/> characters (DataTransfer.conf's data, GetLog.conf's filename).
        /// </summary>
        private static StatusPayload ParseStatusAndText(JsonReader r, string objectName, string table, string textName, int maxLength)
        {
            var m = new StatusPayload(string.Empty) { TextName = textName };
            bool hasStatus = false;
            r.ReadStartObject(objectName);
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum("status", table);
                    hasStatus = true;
                }
                else if (r.NameIs(textName))
                {
                    m.Text = r.ReadString(textName, maxLength);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }

        public static KeyValue ParseKeyValue(JsonReader r)
        {
            var m = new KeyValue(string.Empty, false);
            bool hasKey = false;
            bool hasReadonly = false;
            r.ReadStartObject("KeyValue");
            while (r.NextProperty())
            {
                if (r.NameIs("key"))
                {
                    m.Key = r.ReadString("key", 50);
                    hasKey = true;
                }
                else if (r.NameIs("readonly"))
                {
                    // A boolean: only the central system reads one (the charger's JsonReader has no ReadBool).
                    int kind = r.PeekKind();
                    if (kind != JsonReader.KindTrue && kind != JsonReader.KindFalse)
                    {
                        throw new OcppException(CallErrorCode.TypeConstraintViolation, "readonly must be a boolean");
                    }

                    r.SkipValue();
                    m.Readonly = kind == JsonReader.KindTrue;
                    hasReadonly = true;
                }
                else if (r.NameIs("value"))
                {
                    m.Value = r.ReadString("value", 500);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasKey, "key");
            Validate.Required(hasReadonly, "readonly");
            return m;
        }

        /// <summary>A list of MeterValue (MeterValues.req's meterValue, StopTransaction.req's transactionData); the reader stands at the array.</summary>
        private static MeterValue[] ParseMeterValues(JsonReader r, string field)
        {
            var list = new ArrayList();
            r.ReadStartArray(field);
            while (r.NextItem())
            {
                list.Add(ParseMeterValue(r));
            }

            return (MeterValue[])list.ToArray(typeof(MeterValue));
        }

        public static MeterValue ParseMeterValue(JsonReader r)
        {
            var m = new MeterValue(Unset(), new SampledValue[0]);
            bool hasTimestamp = false;
            bool hasSampledValue = false;
            r.ReadStartObject("MeterValue");
            while (r.NextProperty())
            {
                if (r.NameIs("timestamp"))
                {
                    m.Timestamp = r.ReadDateTime("timestamp");
                    hasTimestamp = true;
                }
                else if (r.NameIs("sampledValue"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("sampledValue");
                    while (r.NextItem())
                    {
                        list.Add(ParseSampledValue(r));
                    }
                    m.SampledValue = (SampledValue[])list.ToArray(typeof(SampledValue));
                    NotEmpty(m.SampledValue.Length, "sampledValue");
                    hasSampledValue = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasTimestamp, "timestamp");
            Validate.Required(hasSampledValue, "sampledValue");
            return m;
        }

        public static SampledValue ParseSampledValue(JsonReader r)
        {
            var m = new SampledValue(string.Empty);
            bool hasValue = false;
            r.ReadStartObject("SampledValue");
            while (r.NextProperty())
            {
                if (r.NameIs("value"))
                {
                    m.Value = r.ReadString("value");
                    hasValue = true;
                }
                else if (r.NameIs("context"))
                {
                    m.Context = r.ReadEnum("context", ReadingContext.All);
                }
                else if (r.NameIs("format"))
                {
                    m.Format = r.ReadEnum("format", ValueFormat.All);
                }
                else if (r.NameIs("measurand"))
                {
                    m.Measurand = r.ReadEnum("measurand", Measurand.All);
                }
                else if (r.NameIs("phase"))
                {
                    m.Phase = r.ReadEnum("phase", Phase.All);
                }
                else if (r.NameIs("location"))
                {
                    m.Location = r.ReadEnum("location", Location.All);
                }
                else if (r.NameIs("unit"))
                {
                    m.Unit = r.ReadEnum("unit", UnitOfMeasure.All);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasValue, "value");
            return m;
        }
    }
}
