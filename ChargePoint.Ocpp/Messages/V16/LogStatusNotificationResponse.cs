using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>LogStatusNotification.conf (Security Whitepaper).</summary>
    public sealed class LogStatusNotificationResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static LogStatusNotificationResponse Parse(JsonReader r)
        {
            var m = new LogStatusNotificationResponse();
            r.ReadStartObject("LogStatusNotificationResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
