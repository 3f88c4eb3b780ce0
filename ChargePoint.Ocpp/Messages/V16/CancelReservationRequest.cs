using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>CancelReservation.req (Spec §6). Wire action <see cref="OcppAction.CancelReservation"/>.</summary>
    public sealed class CancelReservationRequest
    {
        /// <summary>Required, integer.</summary>
        public int ReservationId;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static CancelReservationRequest Parse(JsonReader r)
        {
            var m = new CancelReservationRequest();
            bool hasReservationId = false;
            r.ReadStartObject("CancelReservationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("reservationId"))
                {
                    m.ReservationId = r.ReadInt("reservationId");
                    hasReservationId = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasReservationId, "reservationId");
            return m;
        }
    }
}
