using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ClearChargingProfile.conf (Spec §6).</summary>
    public sealed class ClearChargingProfileResponse : IOcppPayload
    {
        public ClearChargingProfileResponse()
        {
        }

        public ClearChargingProfileResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="ClearChargingProfileStatus"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ClearChargingProfileResponse Parse(JsonReader r)
        {
            var m = new ClearChargingProfileResponse();
            bool hasStatus = false;
            r.ReadStartObject("ClearChargingProfileResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.ClearChargingProfileStatus.IsValid(m.Status), "status", m.Status);
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
