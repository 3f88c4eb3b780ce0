using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>FirmwareStatusNotification.conf (Spec §6).</summary>
    public sealed class FirmwareStatusNotificationResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static FirmwareStatusNotificationResponse Parse(JsonReader r)
        {
            var m = new FirmwareStatusNotificationResponse();
            r.ReadStartObject("FirmwareStatusNotificationResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
