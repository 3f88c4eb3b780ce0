using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SecurityEventNotification.conf (Security Whitepaper).</summary>
    public sealed class SecurityEventNotificationResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SecurityEventNotificationResponse Parse(JsonReader r)
        {
            var m = new SecurityEventNotificationResponse();
            r.ReadStartObject("SecurityEventNotificationResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
