using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>Reset.conf (Spec §6).</summary>
    public sealed class ResetResponse : IOcppPayload
    {
        public ResetResponse()
        {
        }

        public ResetResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="ResetStatus"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ResetResponse Parse(JsonReader r)
        {
            var m = new ResetResponse();
            bool hasStatus = false;
            r.ReadStartObject("ResetResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.ResetStatus.IsValid(m.Status), "status", m.Status);
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
