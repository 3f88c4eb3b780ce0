namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>GetInstalledCertificateIds.conf status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class GetInstalledCertificateStatusEnumType
    {
        public const string Accepted = "Accepted";

        public const string NotFound = "NotFound";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case NotFound:
                    return true;
                default:
                    return false;
            }
        }
    }
}
