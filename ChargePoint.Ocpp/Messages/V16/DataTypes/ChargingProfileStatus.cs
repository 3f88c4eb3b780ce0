namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SetChargingProfile.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargingProfileStatus
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public const string NotSupported = "NotSupported";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Rejected:
                case NotSupported:
                    return true;
                default:
                    return false;
            }
        }
    }
}
