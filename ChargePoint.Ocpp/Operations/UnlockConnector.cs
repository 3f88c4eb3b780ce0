using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Unlock;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>UnlockConnector.req → <see cref="UnlockService.Unlock"/>.</summary>
    public sealed class UnlockConnector : IOperationHandler
    {
        private readonly UnlockService _service;

        public UnlockConnector(UnlockService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => IntPayload.Parse(payload, "connectorId", 0);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (IntPayload)request;
            return new StatusPayload(_service.Unlock(req.Value, nowMs));
        }
    }
}
