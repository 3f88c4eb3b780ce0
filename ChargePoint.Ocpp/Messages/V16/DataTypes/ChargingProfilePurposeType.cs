namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChargingProfile chargingProfilePurpose: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargingProfilePurposeType
    {
        public const string ChargePointMaxProfile = "ChargePointMaxProfile";

        public const string TxDefaultProfile = "TxDefaultProfile";

        public const string TxProfile = "TxProfile";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case ChargePointMaxProfile:
                case TxDefaultProfile:
                case TxProfile:
                    return true;
                default:
                    return false;
            }
        }
    }
}
