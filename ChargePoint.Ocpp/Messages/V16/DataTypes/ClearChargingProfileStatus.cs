namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ClearChargingProfile.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ClearChargingProfileStatus
    {
        public const string Accepted = "Accepted";

        public const string Unknown = "Unknown";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Unknown:
                    return true;
                default:
                    return false;
            }
        }
    }
}
