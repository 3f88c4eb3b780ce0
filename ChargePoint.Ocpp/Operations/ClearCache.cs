using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>
    /// ClearCache.req without an authorization cache: Rejected (Errata 3.23). The authorization service registers its
    /// own handler for this action when it provides a cache.
    /// </summary>
    public sealed class ClearCache : IOperationHandler
    {
        public IOcppPayload Handle(JsonReader payload, long nowMs)
        {
            ClearCacheRequest.Parse(payload);
            return new ClearCacheResponse(ClearCacheStatus.Rejected);
        }
    }
}
