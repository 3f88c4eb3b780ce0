using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SecurityEventNotification.req (Security Whitepaper). Wire action <see cref="OcppAction.SecurityEventNotification"/>.</summary>
    public sealed class SecurityEventNotificationRequest : IOcppPayload
    {
        public SecurityEventNotificationRequest(string @type, DateTime timestamp)
        {
            Type = @type;
            Timestamp = timestamp;
        }

        /// <summary>Required CiString50.</summary>
        public string Type;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Optional CiString255.</summary>
        public string TechInfo;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.Type, Type);
            w.Prop("timestamp", Timestamp);
            w.Prop("techInfo", TechInfo);
            w.EndObject();
        }
    }
}
