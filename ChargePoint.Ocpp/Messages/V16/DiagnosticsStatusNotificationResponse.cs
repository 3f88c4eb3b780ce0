using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>DiagnosticsStatusNotification.conf (Spec §6).</summary>
    public sealed class DiagnosticsStatusNotificationResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static DiagnosticsStatusNotificationResponse Parse(JsonReader r)
        {
            var m = new DiagnosticsStatusNotificationResponse();
            r.ReadStartObject("DiagnosticsStatusNotificationResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
