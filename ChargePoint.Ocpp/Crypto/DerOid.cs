namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// The object identifiers X.509/PKCS#10 on P-256 need, as their DER content octets in lowercase hex: what
    /// <see cref="DerReader.ReadOid"/> returns and <see cref="DerWriter.WriteOid"/> takes, so the device needs no
    /// dotted-decimal codec (dotted forms in the comments).
    /// </summary>
    public static class DerOid
    {
        /// <summary>1.2.840.10045.2.1 id-ecPublicKey.</summary>
        public const string EcPublicKey = "2a8648ce3d0201";

        /// <summary>1.2.840.10045.3.1.7 prime256v1 (P-256).</summary>
        public const string Prime256v1 = "2a8648ce3d030107";

        /// <summary>1.2.840.10045.4.3.2 ecdsa-with-SHA256.</summary>
        public const string EcdsaWithSha256 = "2a8648ce3d040302";

        /// <summary>2.5.4.3 commonName.</summary>
        public const string CommonName = "550403";

        /// <summary>2.5.4.6 countryName.</summary>
        public const string Country = "550406";

        /// <summary>2.5.4.10 organizationName.</summary>
        public const string Organization = "55040a";
    }
}
