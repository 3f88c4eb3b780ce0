using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>Reset.req (Spec §6). Wire action <see cref="OcppAction.Reset"/>.</summary>
    public sealed class ResetRequest
    {
        /// <summary>Required, one of <see cref="ResetType"/>.</summary>
        public string Type = string.Empty;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ResetRequest Parse(JsonReader r)
        {
            var m = new ResetRequest();
            bool hasType = false;
            r.ReadStartObject("ResetRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("type"))
                {
                    m.Type = r.ReadEnum(null, DataTypes.ResetType.All);
                    hasType = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasType, "type");
            return m;
        }
    }
}
