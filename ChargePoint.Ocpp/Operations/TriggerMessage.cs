using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>TriggerMessage.req → <see cref="RemoteTriggerService.Trigger"/> (the message follows the answer).</summary>
        public static object TriggerMessage(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return ConnectorRequest.Parse(payload, Messages.V16.DataTypes.OcppEnum.MessageTrigger);
            }

            var req = (ConnectorRequest)request;
            return ((RemoteTriggerService)service).Trigger(req.Value, req.ConnectorId, nowMs);
        }
    }
}
