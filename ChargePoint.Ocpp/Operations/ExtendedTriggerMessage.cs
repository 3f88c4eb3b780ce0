using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.RemoteTrigger;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>ExtendedTriggerMessage.req → <see cref="RemoteTriggerService.ExtendedTrigger"/> (the message follows the answer).</summary>
    public sealed class ExtendedTriggerMessage : IOperationHandler
    {
        private readonly RemoteTriggerService _service;

        public ExtendedTriggerMessage(RemoteTriggerService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => TriggerMessageRequest.Parse(payload, Messages.V16.DataTypes.MessageTriggerEnumType.All);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (TriggerMessageRequest)request;
            return new StatusPayload(_service.ExtendedTrigger(req.RequestedMessage, req.ConnectorId, nowMs));
        }
    }
}
