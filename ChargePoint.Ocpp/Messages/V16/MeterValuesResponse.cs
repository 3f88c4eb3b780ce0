using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>MeterValues.conf (Spec §6).</summary>
    public sealed class MeterValuesResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static MeterValuesResponse Parse(JsonReader r)
        {
            var m = new MeterValuesResponse();
            r.ReadStartObject("MeterValuesResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
