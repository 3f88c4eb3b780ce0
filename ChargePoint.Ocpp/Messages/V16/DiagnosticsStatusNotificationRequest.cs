using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>DiagnosticsStatusNotification.req (Spec §6). Wire action <see cref="OcppAction.DiagnosticsStatusNotification"/>.</summary>
    public sealed class DiagnosticsStatusNotificationRequest : IOcppPayload
    {
        public DiagnosticsStatusNotificationRequest()
        {
        }

        public DiagnosticsStatusNotificationRequest(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="DiagnosticsStatus"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static DiagnosticsStatusNotificationRequest Parse(JsonReader r)
        {
            var m = new DiagnosticsStatusNotificationRequest();
            bool hasStatus = false;
            r.ReadStartObject("DiagnosticsStatusNotificationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.DiagnosticsStatus.IsValid(m.Status), "status", m.Status);
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
