namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChangeAvailability.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class AvailabilityStatus
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public const string Scheduled = "Scheduled";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Rejected:
                case Scheduled:
                    return true;
                default:
                    return false;
            }
        }
    }
}
