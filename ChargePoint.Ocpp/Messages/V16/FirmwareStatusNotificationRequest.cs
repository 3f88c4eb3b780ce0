using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>FirmwareStatusNotification.req (Spec §6). Wire action <see cref="OcppAction.FirmwareStatusNotification"/>.</summary>
    public sealed class FirmwareStatusNotificationRequest : IOcppPayload
    {
        public FirmwareStatusNotificationRequest()
        {
        }

        public FirmwareStatusNotificationRequest(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="FirmwareStatus"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static FirmwareStatusNotificationRequest Parse(JsonReader r)
        {
            var m = new FirmwareStatusNotificationRequest();
            bool hasStatus = false;
            r.ReadStartObject("FirmwareStatusNotificationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.FirmwareStatus.IsValid(m.Status), "status", m.Status);
                    hasStatus = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }
    }
}
