using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ExtendedTriggerMessage.conf (Security Whitepaper).</summary>
    public sealed class ExtendedTriggerMessageResponse : IOcppPayload
    {
        public ExtendedTriggerMessageResponse()
        {
        }

        public ExtendedTriggerMessageResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="TriggerMessageStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ExtendedTriggerMessageResponse Parse(JsonReader r)
        {
            var m = new ExtendedTriggerMessageResponse();
            bool hasStatus = false;
            r.ReadStartObject("ExtendedTriggerMessageResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.TriggerMessageStatusEnumType.IsValid(m.Status), "status", m.Status);
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
