namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ReserveNow.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ReservationStatus
    {
        public const string Accepted = "Accepted";

        public const string Faulted = "Faulted";

        public const string Occupied = "Occupied";

        public const string Rejected = "Rejected";

        public const string Unavailable = "Unavailable";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Faulted:
                case Occupied:
                case Rejected:
                case Unavailable:
                    return true;
                default:
                    return false;
            }
        }
    }
}
