using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StatusNotification.conf (Spec §6).</summary>
    public sealed class StatusNotificationResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static StatusNotificationResponse Parse(JsonReader r)
        {
            var m = new StatusNotificationResponse();
            r.ReadStartObject("StatusNotificationResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
