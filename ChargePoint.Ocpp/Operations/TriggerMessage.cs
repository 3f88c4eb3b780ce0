using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.RemoteTrigger;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>TriggerMessage.req → <see cref="RemoteTriggerService.Trigger"/> (the message follows the answer).</summary>
    public sealed class TriggerMessage : IOperationHandler
    {
        private readonly RemoteTriggerService _service;

        public TriggerMessage(RemoteTriggerService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => TriggerMessageRequest.Parse(payload, Messages.V16.DataTypes.MessageTrigger.All);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (TriggerMessageRequest)request;
            return new StatusPayload(_service.Trigger(req.RequestedMessage, req.ConnectorId, nowMs));
        }
    }
}
