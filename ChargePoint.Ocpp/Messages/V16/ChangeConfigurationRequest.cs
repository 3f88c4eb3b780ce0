using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ChangeConfiguration.req (Spec §6). Wire action <see cref="OcppAction.ChangeConfiguration"/>.</summary>
    public sealed class ChangeConfigurationRequest
    {
        /// <summary>Required CiString50.</summary>
        public string Key;

        /// <summary>Required CiString500.</summary>
        public string Value;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChangeConfigurationRequest Parse(JsonReader r)
        {
            var m = new ChangeConfigurationRequest();
            bool hasKey = false;
            bool hasValue = false;
            r.ReadStartObject("ChangeConfigurationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("key"))
                {
                    m.Key = r.ReadString(null, 50);
                    hasKey = true;
                }
                else if (r.NameIs("value"))
                {
                    m.Value = r.ReadString(null, 500);
                    hasValue = true;
                }
            }

            Validate.Required(hasKey, "key");
            Validate.Required(hasValue, "value");
            return m;
        }
    }
}
