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
        private readonly ReservationService _service;

        public CancelReservation(ReservationService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => IntPayload.Parse(payload, "reservationId", int.MinValue);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (IntPayload)request;
            return new StatusPayload(_service.Cancel(req.Value));
        }
    }
}
