namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>InstallCertificate.req / GetInstalledCertificateIds.req certificateType (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class CertificateUseEnumType
    {
        public const string CentralSystemRootCertificate = "CentralSystemRootCertificate";

        public const string ManufacturerRootCertificate = "ManufacturerRootCertificate";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case CentralSystemRootCertificate:
                case ManufacturerRootCertificate:
                    return true;
                default:
                    return false;
            }
        }
    }
}
