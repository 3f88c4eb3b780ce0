using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Reservation;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>CancelReservation.req → <see cref="ReservationService.Cancel"/> (Rejected for an unknown reservationId).</summary>
    public sealed class CancelReservation : IOperationHandler
    {
        public object Parse(JsonReader payload) => IntPayload.Parse(payload, "reservationId", int.MinValue);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (IntPayload)request;
            return new StatusPayload(((ReservationService)service).Cancel(req.Value));
        }
    }
}
