namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Non-reservation answers of <see cref="IReservationGate.Admit"/> (reservation ids are used as given otherwise).</summary>
    public static class ReservationAdmission
    {
        /// <summary>No reservation concerns this idTag at this connector.</summary>
        public const int None = -1;

        /// <summary>The connector is reserved for another idTag.</summary>
        public const int Blocked = -2;
    }
}
