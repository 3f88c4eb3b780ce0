using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StatusNotification.req (Spec §6). Wire action <see cref="OcppAction.StatusNotification"/>.</summary>
    public sealed class StatusNotificationRequest : IOcppPayload
    {
        public StatusNotificationRequest(int connectorId, string errorCode, string status)
        {
            ConnectorId = connectorId;
            ErrorCode = errorCode;
            Status = status;
        }

        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Required, one of <see cref="OcppEnum.ChargePointErrorCode"/>.</summary>
        public string ErrorCode;

        /// <summary>Optional CiString50.</summary>
        public string Info;

        /// <summary>Required, one of <see cref="OcppEnum.ChargePointStatus"/>.</summary>
        public string Status;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp Timestamp;

        /// <summary>Optional CiString255.</summary>
        public string VendorId;

        /// <summary>Optional CiString50.</summary>
        public string VendorErrorCode;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.ConnectorId, ConnectorId);
            w.Prop("errorCode", ErrorCode);
            w.Prop("info", Info);
            w.Prop(Key.Status, Status);
            w.Prop("timestamp", Timestamp);
            w.Prop(Key.VendorId, VendorId);
            w.Prop("vendorErrorCode", VendorErrorCode);
            w.EndObject();
        }
    }
}
