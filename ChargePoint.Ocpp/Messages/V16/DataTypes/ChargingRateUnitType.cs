namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChargingSchedule chargingRateUnit: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargingRateUnitType
    {
        public const string W = "W";

        public const string A = "A";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case W:
                case A:
                    return true;
                default:
                    return false;
            }
        }
    }
}
