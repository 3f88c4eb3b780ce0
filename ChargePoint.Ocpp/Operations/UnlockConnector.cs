using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Unlock;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>UnlockConnector.req → <see cref="UnlockService.Unlock"/>.</summary>
        public static object UnlockConnector(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return IntPayload.Parse(payload, "connectorId", 0);
            }

            return ((UnlockService)service).Unlock(((IntPayload)request).Value, nowMs);
        }
    }
}
