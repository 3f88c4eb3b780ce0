using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SetChargingProfile.conf (Spec §6).</summary>
    public sealed class SetChargingProfileResponse : IOcppPayload
    {
        public SetChargingProfileResponse()
        {
        }

        public SetChargingProfileResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="ChargingProfileStatus"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SetChargingProfileResponse Parse(JsonReader r)
        {
            var m = new SetChargingProfileResponse();
            bool hasStatus = false;
            r.ReadStartObject("SetChargingProfileResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.ChargingProfileStatus.IsValid(m.Status), "status", m.Status);
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
