using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.DataTransfer;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>DataTransfer.req → <see cref="DataTransferService"/> (UnknownVendorId unless a vendor handler is registered).</summary>
    public sealed class DataTransfer : IOperationHandler
    {
        public object Parse(JsonReader payload) => DataTransferRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (DataTransferRequest)request;
            return ((DataTransferService)service).Handle(req, nowMs);
        }
    }
}
