using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>Heartbeat.req (Spec §6). Wire action <see cref="OcppAction.Heartbeat"/>.</summary>
    public sealed class HeartbeatRequest : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static HeartbeatRequest Parse(JsonReader r)
        {
            var m = new HeartbeatRequest();
            r.ReadStartObject("HeartbeatRequest");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
