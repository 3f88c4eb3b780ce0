namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ExtendedTriggerMessage.conf status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class TriggerMessageStatusEnumType
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public const string NotImplemented = "NotImplemented";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Rejected:
                case NotImplemented:
                    return true;
                default:
                    return false;
            }
        }
    }
}
