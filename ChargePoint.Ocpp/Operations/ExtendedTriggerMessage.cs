using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Security;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>ExtendedTriggerMessage.req → <see cref="ExtendedTriggerService.Trigger"/> (the message follows the answer).</summary>
    public sealed class ExtendedTriggerMessage : IOperationHandler
    {
        private readonly ExtendedTriggerService _service;

        public ExtendedTriggerMessage(ExtendedTriggerService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => TriggerMessageRequest.Parse(payload, Messages.V16.DataTypes.MessageTriggerEnumType.All);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (TriggerMessageRequest)request;
            return new StatusPayload(_service.Trigger(req.RequestedMessage, req.ConnectorId, nowMs));
        }
    }
}
