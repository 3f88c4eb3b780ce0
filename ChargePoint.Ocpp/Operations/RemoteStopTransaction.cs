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
        private readonly TransactionService _service;

        public RemoteStopTransaction(TransactionService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => IntPayload.Parse(payload, "transactionId", int.MinValue);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (IntPayload)request;
            return new StatusPayload(_service.RemoteStop(req.Value, nowMs));
        }
    }
}
