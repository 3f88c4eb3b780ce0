using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetConfiguration.conf (Spec §6).</summary>
    public sealed class GetConfigurationResponse : IOcppPayload
    {
        /// <summary>Optional list of KeyValue.</summary>
        public KeyValue[]? ConfigurationKey;

        /// <summary>Optional list of CiString50.</summary>
        public string[]? UnknownKey;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            if (ConfigurationKey != null)
            {
                w.PropertyName("configurationKey");
                w.StartArray();
                for (int i = 0; i < ConfigurationKey.Length; i++)
                {
                    ConfigurationKey[i].WriteTo(w);
                }
                w.EndArray();
            }
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

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetConfigurationResponse Parse(JsonReader r)
        {
            var m = new GetConfigurationResponse();
            r.ReadStartObject("GetConfigurationResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("configurationKey"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("configurationKey");
                    while (r.NextItem())
                    {
                        list.Add(DataTypes.KeyValue.Parse(r));
                    }
                    m.ConfigurationKey = (DataTypes.KeyValue[])list.ToArray(typeof(DataTypes.KeyValue));
                }
                else if (r.NameIs("unknownKey"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("unknownKey");
                    while (r.NextItem())
                    {
                        list.Add(r.ReadString("unknownKey", 50));
                    }
                    m.UnknownKey = (string[])list.ToArray(typeof(string));
                }
                else
                {
                    r.SkipValue();
                }
            }
            return m;
        }
    }
}
