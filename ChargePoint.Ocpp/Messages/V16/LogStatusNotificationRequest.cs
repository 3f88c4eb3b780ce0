using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>LogStatusNotification.req (Security Whitepaper). Wire action <see cref="OcppAction.LogStatusNotification"/>.</summary>
    public sealed class LogStatusNotificationRequest : IOcppPayload
    {
        public LogStatusNotificationRequest(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="UploadLogStatusEnumType"/>.</summary>
        public string Status;

        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int RequestId = Absent.Int;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.PropOpt("requestId", RequestId);
            w.EndObject();
        }
    }
}
