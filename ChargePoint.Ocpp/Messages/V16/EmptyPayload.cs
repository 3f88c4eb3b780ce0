using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every payload of OCPP 1.6 that has no field (Spec §6): ClearCache.req, GetLocalListVersion.req, Heartbeat.req
    /// and the .conf of MeterValues, StatusNotification, UpdateFirmware and the status notifications. One type for all:
    /// they are the same data, <c>{}</c>.
    /// </summary>
    public sealed class EmptyPayload : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject(); // OCPP's "no payload" is {}, never null
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object. Unknown members are skipped (tolerated).</summary>
        public static EmptyPayload Parse(JsonReader r)
        {
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                // no member is known: the next NextProperty skips each
            }

            return new EmptyPayload();
        }
    }
}
