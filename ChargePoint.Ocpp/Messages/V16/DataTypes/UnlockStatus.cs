namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>UnlockConnector.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class UnlockStatus
    {
        public const string Unlocked = "Unlocked";

        public const string UnlockFailed = "UnlockFailed";

        public const string NotSupported = "NotSupported";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Unlocked:
                case UnlockFailed:
                case NotSupported:
                    return true;
                default:
                    return false;
            }
        }
    }
}
