using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One configuration entry in GetConfiguration.conf (Spec §7.30).</summary>
    public sealed class KeyValue : IOcppPayload
    {
        public KeyValue(string key, bool @readonly)
        {
            Key = key;
            Readonly = @readonly;
        }

        /// <summary>Required CiString50.</summary>
        public string Key;

        /// <summary>Required boolean.</summary>
        public bool Readonly;

        /// <summary>Optional CiString500.</summary>
        public string Value;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("key", Key);
            w.Prop("readonly", Readonly);
            w.Prop("value", Value);
            w.EndObject();
        }
    }
}
