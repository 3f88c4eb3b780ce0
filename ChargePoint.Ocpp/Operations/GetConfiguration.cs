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
    /// (unknownKey). Write-only (AuthorizationKey) and hidden device keys are never returned: asked for, they count as unknown.
    /// More keys than GetConfigurationMaxKeys is an OccurenceConstraintViolation (the list's maxItems).
    /// </summary>
    public sealed class GetConfiguration : IOperationHandler
    {
        private readonly ConfigurationStore _store;
        private readonly ConfigKey _maxKeys;

        public GetConfiguration(ConfigurationStore store)
        {
            _store = store;
            _maxKeys = store.DeclareInt(ConfigKeys.GetConfigurationMaxKeys, 50, 1, int.MaxValue, true);
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
                    var key = _store.At(i);
                    if (Visible(key))
                    {
                        known.Add(ToKeyValue(key));
                    }
                }
            }
            else
            {
                if (req.Key.Length > _maxKeys.IntValue)
                {
                    throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "more than GetConfigurationMaxKeys keys requested");
                }

                var unknown = new ArrayList();
                for (int i = 0; i < req.Key.Length; i++)
                {
                    var key = _store.Find(req.Key[i]);
                    if (key != null && Visible(key))
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

        private static bool Visible(ConfigKey key) => !key.Hidden && !key.WriteOnly;

        private static KeyValue ToKeyValue(ConfigKey key)
        {
            var kv = new KeyValue(key.Name, key.ReadOnly);
            kv.Value = key.Value;
            return kv;
        }
    }
}
