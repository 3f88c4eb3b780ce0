using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetConfiguration.req (Spec §6). Wire action <see cref="OcppAction.GetConfiguration"/>.</summary>
    public sealed class GetConfigurationRequest
    {
        /// <summary>Optional list of CiString50.</summary>
        public string[] Key;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetConfigurationRequest Parse(JsonReader r)
        {
            var m = new GetConfigurationRequest();
            r.ReadStartObject("GetConfigurationRequest");
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
                    m.Key = (string[])list.ToArray(typeof(string));
                }
            }
            return m;
        }
    }
}
