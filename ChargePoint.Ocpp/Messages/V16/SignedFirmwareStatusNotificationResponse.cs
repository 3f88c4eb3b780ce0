using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SignedFirmwareStatusNotification.conf (Security Whitepaper).</summary>
    public sealed class SignedFirmwareStatusNotificationResponse : IOcppPayload
    {
        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SignedFirmwareStatusNotificationResponse Parse(JsonReader r)
        {
            var m = new SignedFirmwareStatusNotificationResponse();
            r.ReadStartObject("SignedFirmwareStatusNotificationResponse");
            while (r.NextProperty())
            {
                r.SkipValue();
            }
            return m;
        }
    }
}
