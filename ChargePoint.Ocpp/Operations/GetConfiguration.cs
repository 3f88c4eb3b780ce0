using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>
    /// GetConfiguration.req: no key → every visible key; listed keys → those known (configurationKey) and the rest
    /// (unknownKey). Write-only keys (AuthorizationKey) are never returned: asked for, they count as unknown.
    /// More keys than GetConfigurationMaxKeys is an OccurenceConstraintViolation (the list's maxItems).
    /// </summary>
    public sealed class GetConfiguration : IOperationHandler
    {
        private readonly ConfigurationStore _store;

        public GetConfiguration(ConfigurationStore store)
        {
            _store = store;
        }

        public object Parse(JsonReader payload) => GetConfigurationRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (GetConfigurationRequest)request;
            var conf = new GetConfigurationResponse();
            var known = new ArrayList();
            if (req.Key == null || req.Key.Length == 0)
            {
                for (int i = 0; i < _store.Count; i++)
                {
                    if (Visible(i))
                    {
                        known.Add(ToKeyValue(i));
                    }
                }
            }
            else
            {
                if (req.Key.Length > _store.Int(ConfigKeys.GetConfigurationMaxKeys))
                {
                    throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "more than GetConfigurationMaxKeys keys requested");
                }

                var unknown = new ArrayList();
                for (int i = 0; i < req.Key.Length; i++)
                {
                    int key = _store.Find(req.Key[i]);
                    if (key >= 0 && Visible(key))
                    {
                        known.Add(ToKeyValue(key));
                    }
                    else
                    {
                        unknown.Add(req.Key[i]);
                    }
                }

                if (unknown.Count > 0)
                {
                    conf.UnknownKey = (string[])unknown.ToArray(typeof(string));
                }
            }

            if (known.Count > 0)
            {
                conf.ConfigurationKey = (KeyValue[])known.ToArray(typeof(KeyValue));
            }

            return conf;
        }

        private bool Visible(int key) => (_store.Flags(key) & ConfigurationStore.WriteOnly) == 0;

        private KeyValue ToKeyValue(int key)
        {
            var kv = new KeyValue(_store.Name(key), (_store.Flags(key) & ConfigurationStore.ReadOnly) != 0);
            kv.Value = _store.Value(key);
            return kv;
        }
    }
}
