using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ClearCache.req (Spec §6). Wire action <see cref="OcppAction.ClearCache"/>.</summary>
    public sealed class ClearCacheRequest : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ClearCacheRequest Parse(JsonReader r)
        {
            var m = new ClearCacheRequest();
            r.ReadStartObject("ClearCacheRequest");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
