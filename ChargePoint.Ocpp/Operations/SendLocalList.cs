using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>SendLocalList.req → <see cref="LocalAuthListService.Update"/>.</summary>
        public static object SendLocalList(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return SendLocalListRequest.Parse(payload);
            }

            return ((LocalAuthListService)service).Update((SendLocalListRequest)request);
        }
    }
}
