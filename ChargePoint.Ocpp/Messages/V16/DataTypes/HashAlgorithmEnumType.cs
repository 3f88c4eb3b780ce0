namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>CertificateHashDataType hashAlgorithm (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class HashAlgorithmEnumType
    {
        public const string SHA256 = "SHA256";

        public const string SHA384 = "SHA384";

        public const string SHA512 = "SHA512";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = SHA256 + " " + SHA384 + " " + SHA512;
    }
}
