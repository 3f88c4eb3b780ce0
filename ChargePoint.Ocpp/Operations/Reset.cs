using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Reset;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>Reset.req → <see cref="ResetService.Request"/>; the reboot itself happens in the service's Tick.</summary>
    public sealed class Reset : IOperationHandler
    {
        private readonly ResetService _service;

        public Reset(ResetService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => StringPayload.Parse(payload, "type", 0, Messages.V16.DataTypes.ResetType.All);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (StringPayload)request;
            return new StatusPayload(_service.Request(req.Value, nowMs));
        }
    }
}
