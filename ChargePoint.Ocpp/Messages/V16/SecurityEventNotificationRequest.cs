using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SecurityEventNotification.req (Security Whitepaper). Wire action <see cref="OcppAction.SecurityEventNotification"/>.</summary>
    public sealed class SecurityEventNotificationRequest : IOcppPayload
    {
        public SecurityEventNotificationRequest()
        {
        }

        public SecurityEventNotificationRequest(string @type, DateTime timestamp)
        {
            Type = @type;
            Timestamp = timestamp;
        }

        /// <summary>Required CiString50.</summary>
        public string Type = string.Empty;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Optional CiString255.</summary>
        public string? TechInfo;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("type", Type);
            w.Prop("timestamp", Timestamp);
            w.PropOpt("techInfo", TechInfo);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SecurityEventNotificationRequest Parse(JsonReader r)
        {
            var m = new SecurityEventNotificationRequest();
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
    }
}
