using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetConfiguration.conf (Spec §6).</summary>
    public sealed class GetConfigurationResponse : IOcppPayload
    {
        /// <summary>Optional list of KeyValue.</summary>
        public KeyValue[] ConfigurationKey;

        /// <summary>Optional list of CiString50.</summary>
        public string[] UnknownKey;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.PropArray("configurationKey", ConfigurationKey);
            if (UnknownKey != null)
            {
                w.PropertyName("unknownKey");
                w.StartArray();
                for (int i = 0; i < UnknownKey.Length; i++)
                {
                    w.String(UnknownKey[i]);
                }
                w.EndArray();
            }
            w.EndObject();
        }
    }
}
