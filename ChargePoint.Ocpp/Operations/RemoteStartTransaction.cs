using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>RemoteStartTransaction.req → <see cref="TransactionService.RemoteStart"/> (Accepted = "will try", Errata 3.32).</summary>
    public sealed class RemoteStartTransaction : IOperationHandler
    {
        private readonly TransactionService _service;

        public RemoteStartTransaction(TransactionService service)
        {
            _service = service;
        }

        public IOcppPayload Handle(JsonReader payload, long nowMs)
        {
            var req = RemoteStartTransactionRequest.Parse(payload);
            return new RemoteStartTransactionResponse(_service.RemoteStart(req.ConnectorId, req.IdTag, nowMs));
        }
    }
}
