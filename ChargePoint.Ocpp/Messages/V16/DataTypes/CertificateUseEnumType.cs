namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>InstallCertificate.req / GetInstalledCertificateIds.req certificateType (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class CertificateUseEnumType
    {
        public const string CentralSystemRootCertificate = "CentralSystemRootCertificate";

        public const string ManufacturerRootCertificate = "ManufacturerRootCertificate";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = CentralSystemRootCertificate + " " + ManufacturerRootCertificate;
    }
}
