using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>CancelReservation.req → <see cref="ReservationService.Cancel"/> (Rejected for an unknown reservationId).</summary>
        public static object CancelReservation(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return IntPayload.Parse(payload, "reservationId", int.MinValue);
            }

            return ((ReservationService)service).Cancel(((IntPayload)request).Value);
        }
    }
}
