namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChangeAvailability.req type: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class AvailabilityType
    {
        public const string Inoperative = "Inoperative";

        public const string Operative = "Operative";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Inoperative:
                case Operative:
                    return true;
                default:
                    return false;
            }
        }
    }
}
