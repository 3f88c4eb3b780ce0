using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Authorization;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>
    /// ClearCache.req: Accepted and the cache emptied; Rejected when there is no cache (no authorization service, or
    /// AuthorizationCacheEnabled is false; Errata 3.23).
    /// </summary>
    public sealed class ClearCache : IOperationHandler
    {
        private readonly AuthorizationService _authorization;

        /// <summary>authorization is null without an authorization service (always Rejected).</summary>
        public ClearCache(AuthorizationService authorization)
        {
            _authorization = authorization;
        }

        public object Parse(JsonReader payload) => EmptyPayload.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            bool cleared = _authorization != null && _authorization.ClearCache();
            return new StatusPayload(cleared ? ClearCacheStatus.Accepted : ClearCacheStatus.Rejected);
        }
    }
}
