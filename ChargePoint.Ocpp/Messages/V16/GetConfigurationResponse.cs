using System.Collections;
using ChargePoint.Ocpp.Json;
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

        /// <summary>
        /// Parses and validates GetConfiguration.req (Spec §6): its optional key list (CiString50 each) is the request,
        /// null when absent (all keys); no type of its own for one list. The reader stands at the object.
        /// </summary>
        public static string[] ParseRequest(JsonReader r)
        {
            string[] keys = null;
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs("key"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray(null);
                    while (r.NextItem())
                    {
                        list.Add(r.ReadString(null, 50));
                    }

                    keys = (string[])list.ToArray(typeof(string));
                }
            }

            return keys;
        }
    }
}
