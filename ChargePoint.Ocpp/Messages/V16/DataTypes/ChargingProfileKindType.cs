namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChargingProfile chargingProfileKind: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargingProfileKindType
    {
        public const string Absolute = "Absolute";

        public const string Recurring = "Recurring";

        public const string Relative = "Relative";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Absolute:
                case Recurring:
                case Relative:
                    return true;
                default:
                    return false;
            }
        }
    }
}
