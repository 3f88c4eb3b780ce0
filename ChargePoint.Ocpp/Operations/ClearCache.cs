using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>
        /// ClearCache.req: Accepted and the cache emptied; Rejected when there is no cache (no authorization service, or
        /// AuthorizationCacheEnabled is false; Errata 3.23).
        /// </summary>
        public static object ClearCache(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return EmptyPayload.Parse(payload);
            }

            var authorization = (AuthorizationService)service;
            bool cleared = authorization != null && authorization.ClearCache();
            return cleared ? OcppEnum.Accepted : OcppEnum.Rejected;
        }
    }
}
