using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SignedFirmwareStatusNotification.req (Security Whitepaper). Wire action <see cref="OcppAction.SignedFirmwareStatusNotification"/>.</summary>
    public sealed class SignedFirmwareStatusNotificationRequest : IOcppPayload
    {
        public SignedFirmwareStatusNotificationRequest(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="FirmwareStatusEnumType"/>.</summary>
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
