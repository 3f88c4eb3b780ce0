namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>GetLog.conf status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class LogStatusEnumType
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public const string AcceptedCanceled = "AcceptedCanceled";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Rejected:
                case AcceptedCanceled:
                    return true;
                default:
                    return false;
            }
        }
    }
}
