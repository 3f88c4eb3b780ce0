using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>GetLocalListVersion.req → <see cref="LocalAuthListService.ListVersion"/> (-1 disabled, 0 empty).</summary>
        public static object GetLocalListVersion(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return EmptyPayload.Parse(payload);
            }

            return new IntPayload("listVersion", ((LocalAuthListService)service).ListVersion);
        }
    }
}
