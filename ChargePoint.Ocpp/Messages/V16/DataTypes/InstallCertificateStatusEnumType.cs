namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>InstallCertificate.conf status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class InstallCertificateStatusEnumType
    {
        public const string Accepted = "Accepted";

        public const string Failed = "Failed";

        public const string Rejected = "Rejected";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Failed:
                case Rejected:
                    return true;
                default:
                    return false;
            }
        }
    }
}
