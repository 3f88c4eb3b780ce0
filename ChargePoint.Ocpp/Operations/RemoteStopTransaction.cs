using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>RemoteStopTransaction.req → <see cref="TransactionService.RemoteStop"/>: Rejected for an unknown transactionId.</summary>
    public sealed class RemoteStopTransaction : IOperationHandler
    {
        public object Parse(JsonReader payload) => IntPayload.Parse(payload, "transactionId", int.MinValue);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (IntPayload)request;
            return new StatusPayload(((TransactionService)service).RemoteStop(req.Value, nowMs));
        }
    }
}
