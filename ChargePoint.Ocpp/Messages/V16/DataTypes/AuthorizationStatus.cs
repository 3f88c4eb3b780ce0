namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>IdTagInfo status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class AuthorizationStatus
    {
        public const string Accepted = "Accepted";

        public const string Blocked = "Blocked";

        public const string Expired = "Expired";

        public const string Invalid = "Invalid";

        public const string ConcurrentTx = "ConcurrentTx";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Blocked:
                case Expired:
                case Invalid:
                case ConcurrentTx:
                    return true;
                default:
                    return false;
            }
        }
    }
}
