using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StatusNotification.req (Spec §6). Wire action <see cref="OcppAction.StatusNotification"/>.</summary>
    public sealed class StatusNotificationRequest : IOcppPayload
    {
        public StatusNotificationRequest()
        {
        }

        public StatusNotificationRequest(int connectorId, string errorCode, string status)
        {
            ConnectorId = connectorId;
            ErrorCode = errorCode;
            Status = status;
        }

        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Required, one of <see cref="ChargePointErrorCode"/>.</summary>
        public string ErrorCode = string.Empty;

        /// <summary>Optional CiString50.</summary>
        public string? Info;

        /// <summary>Required, one of <see cref="ChargePointStatus"/>.</summary>
        public string Status = string.Empty;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp? Timestamp;

        /// <summary>Optional CiString255.</summary>
        public string? VendorId;

        /// <summary>Optional CiString50.</summary>
        public string? VendorErrorCode;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("connectorId", ConnectorId);
            w.Prop("errorCode", ErrorCode);
            w.PropOpt("info", Info);
            w.Prop("status", Status);
            w.PropOpt("timestamp", Timestamp);
            w.PropOpt("vendorId", VendorId);
            w.PropOpt("vendorErrorCode", VendorErrorCode);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static StatusNotificationRequest Parse(JsonReader r)
        {
            var m = new StatusNotificationRequest();
            bool hasConnectorId = false;
            bool hasErrorCode = false;
            bool hasStatus = false;
            r.ReadStartObject("StatusNotificationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = Validate.Min(r.ReadInt("connectorId"), 0, "connectorId");
                    hasConnectorId = true;
                }
                else if (r.NameIs("errorCode"))
                {
                    m.ErrorCode = r.ReadString("errorCode");
                    Validate.Enum(DataTypes.ChargePointErrorCode.IsValid(m.ErrorCode), "errorCode", m.ErrorCode);
                    hasErrorCode = true;
                }
                else if (r.NameIs("info"))
                {
                    m.Info = r.ReadString("info", 50);
                }
                else if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.ChargePointStatus.IsValid(m.Status), "status", m.Status);
                    hasStatus = true;
                }
                else if (r.NameIs("timestamp"))
                {
                    m.Timestamp = r.ReadTimestamp("timestamp");
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
    }
}
