using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One configuration entry in GetConfiguration.conf (Spec §7.30).</summary>
    public sealed class KeyValue : IOcppPayload
    {
        public KeyValue()
        {
        }

        public KeyValue(string key, bool @readonly)
        {
            Key = key;
            Readonly = @readonly;
        }

        /// <summary>Required CiString50.</summary>
        public string Key = string.Empty;

        /// <summary>Required boolean.</summary>
        public bool Readonly;

        /// <summary>Optional CiString500.</summary>
        public string? Value;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("key", Key);
            w.Prop("readonly", Readonly);
            w.PropOpt("value", Value);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static KeyValue Parse(JsonReader r)
        {
            var m = new KeyValue();
            bool hasKey = false;
            bool hasReadonly = false;
            r.ReadStartObject("KeyValue");
            while (r.NextProperty())
            {
                if (r.NameIs("key"))
                {
                    m.Key = r.ReadString("key", 50);
                    hasKey = true;
                }
                else if (r.NameIs("readonly"))
                {
                    m.Readonly = r.ReadBool("readonly");
                    hasReadonly = true;
                }
                else if (r.NameIs("value"))
                {
                    m.Value = r.ReadString("value", 500);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasKey, "key");
            Validate.Required(hasReadonly, "readonly");
            return m;
        }
    }
}
