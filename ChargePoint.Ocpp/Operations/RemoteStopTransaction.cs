using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>RemoteStopTransaction.req → <see cref="TransactionService.RemoteStop"/>: Rejected for an unknown transactionId.</summary>
        public static object RemoteStopTransaction(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return IntPayload.Parse(payload, "transactionId", int.MinValue);
            }

            return ((TransactionService)service).RemoteStop(((IntPayload)request).Value, nowMs);
        }
    }
}
