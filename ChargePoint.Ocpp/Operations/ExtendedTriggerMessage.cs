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
        public object Parse(JsonReader payload) => TriggerMessageRequest.Parse(payload, Messages.V16.DataTypes.MessageTriggerEnumType.All);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (TriggerMessageRequest)request;
            return new StatusPayload(((RemoteTriggerService)service).ExtendedTrigger(req.RequestedMessage, req.ConnectorId, nowMs));
        }
    }
}
