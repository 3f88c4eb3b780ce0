using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetLocalListVersion.req (Spec §6). Wire action <see cref="OcppAction.GetLocalListVersion"/>.</summary>
    public sealed class GetLocalListVersionRequest : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetLocalListVersionRequest Parse(JsonReader r)
        {
            var m = new GetLocalListVersionRequest();
            r.ReadStartObject("GetLocalListVersionRequest");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
