namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>DeleteCertificate.conf status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class DeleteCertificateStatusEnumType
    {
        public const string Accepted = "Accepted";

        public const string Failed = "Failed";

        public const string NotFound = "NotFound";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Failed:
                case NotFound:
                    return true;
                default:
                    return false;
            }
        }
    }
}
