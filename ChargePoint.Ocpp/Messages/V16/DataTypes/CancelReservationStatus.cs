namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>CancelReservation.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class CancelReservationStatus
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Rejected:
                    return true;
                default:
                    return false;
            }
        }
    }
}
