using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>UpdateFirmware.conf (Spec §6).</summary>
    public sealed class UpdateFirmwareResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static UpdateFirmwareResponse Parse(JsonReader r)
        {
            var m = new UpdateFirmwareResponse();
            r.ReadStartObject("UpdateFirmwareResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
