namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// What the transaction service asks the reservation service (Reservation profile) before it lets an idTag use a
    /// connector, and tells it when a reservation was used by a StartTransaction.
    /// </summary>
    public interface IReservationGate
    {
        /// <summary>
        /// The reservationId idTag uses at connectorId, <see cref="TransactionService.NoReservation"/> when no reservation is
        /// involved, or <see cref="TransactionService.ReservationBlocked"/> when the connector is kept for another idTag.
        /// </summary>
        /// <param name="parentIdTag">What the local tables or Authorize.conf said about idTag; null when unknown.</param>
        int Admit(int connectorId, string idTag, string parentIdTag);

        /// <summary>A StartTransaction carrying this reservationId was journalled: the reservation ends.</summary>
        void Used(int reservationId);
    }
}
