namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SendLocalList.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class UpdateStatus
    {
        public const string Accepted = "Accepted";

        public const string Failed = "Failed";

        public const string NotSupported = "NotSupported";

        public const string VersionMismatch = "VersionMismatch";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Failed:
                case NotSupported:
                case VersionMismatch:
                    return true;
                default:
                    return false;
            }
        }
    }
}
