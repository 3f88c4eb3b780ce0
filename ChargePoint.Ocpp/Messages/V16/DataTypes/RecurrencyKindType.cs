namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChargingProfile recurrencyKind: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class RecurrencyKindType
    {
        public const string Daily = "Daily";

        public const string Weekly = "Weekly";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Daily:
                case Weekly:
                    return true;
                default:
                    return false;
            }
        }
    }
}
