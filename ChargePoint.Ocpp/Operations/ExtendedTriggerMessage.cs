using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>ExtendedTriggerMessage.req → <see cref="RemoteTriggerService.ExtendedTrigger"/> (the message follows the answer).</summary>
        public static object ExtendedTriggerMessage(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return ConnectorRequest.Parse(payload, Messages.V16.DataTypes.OcppEnum.MessageTriggerEnumType);
            }

            var req = (ConnectorRequest)request;
            return ((RemoteTriggerService)service).ExtendedTrigger(req.Value, req.ConnectorId, nowMs);
        }
    }
}
