using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Reservation;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>ReserveNow.req → <see cref="ReservationService.Reserve"/>.</summary>
    public sealed class ReserveNow : IOperationHandler
    {
        public object Parse(JsonReader payload) => ReserveNowRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (ReserveNowRequest)request;
            string status = ((ReservationService)service).Reserve(req.ConnectorId, UtcTime.ToMs(req.ExpiryDate), req.IdTag, req.ParentIdTag, req.ReservationId, nowMs);
            return new StatusPayload(status);
        }
    }
}
