using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>ChangeConfiguration.req → <see cref="ConfigurationStore.Change"/> (NotSupported, Rejected, RebootRequired, Accepted).</summary>
    public sealed class ChangeConfiguration : IOperationHandler
    {
        public object Parse(JsonReader payload) => ChangeConfigurationRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (ChangeConfigurationRequest)request;
            return new StatusPayload(((ConfigurationStore)service).Change(req.Key, req.Value));
        }
    }
}
