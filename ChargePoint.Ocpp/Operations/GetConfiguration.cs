using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>
        /// GetConfiguration.req: no key → every visible key; listed keys → those known (configurationKey) and the rest
        /// (unknownKey). Write-only keys (AuthorizationKey) are never returned: asked for, they count as unknown.
        /// More keys than GetConfigurationMaxKeys is an OccurenceConstraintViolation (the list's maxItems).
        /// </summary>
        private static object GetConfiguration(string[] asked, ConfigurationStore store)
        {
            bool all = asked == null || asked.Length == 0;
            if (!all && asked.Length > store.Int(ConfigKeys.GetConfigurationMaxKeys))
            {
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "over GetConfigurationMaxKeys");
            }

            var conf = new GetConfigurationResponse();
            var known = new ArrayList();
            var unknown = new ArrayList();
            int n = all ? store.Count : asked.Length;
            for (int i = 0; i < n; i++)
            {
                int key = all ? i : store.Find(asked[i]);
                int flags = key < 0 ? ConfigurationStore.WriteOnly : store.Flags(key);
                if ((flags & ConfigurationStore.WriteOnly) == 0)
                {
                    var kv = new KeyValue(store.Name(key), (flags & ConfigurationStore.ReadOnly) != 0);
                    kv.Value = store.Value(key);
                    known.Add(kv);
                }
                else if (!all)
                {
                    unknown.Add(asked[i]);
                }
            }

            if (unknown.Count > 0)
            {
                conf.UnknownKey = (string[])unknown.ToArray(typeof(string));
            }

            if (known.Count > 0)
            {
                conf.ConfigurationKey = (KeyValue[])known.ToArray(typeof(KeyValue));
            }

            return conf;
        }
    }
}
