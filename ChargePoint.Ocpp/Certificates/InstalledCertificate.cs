using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// A certificate this charge point holds, one type for both kinds (a type of its own cost the image a row, a name
    /// and a constructor): an entry of the <see cref="CertificateStore"/> (its certificateUse, the parsed certificate with
    /// the DER in Raw, its hash data), or a charge point certificate of <see cref="CertificateService"/> (Current, Next; Use null: the
    /// chain as received from CertificateSigned (PEM), its parsed leaf and the key pair of our CSR; the private key is
    /// never logged or shown).
    /// </summary>
    public sealed class InstalledCertificate
    {
        public InstalledCertificate(string use, X509Certificate certificate, string chainPem, EcKeyPair key)
        {
            Use = use;
            Certificate = certificate;
            ChainPem = chainPem;
            Key = key;
        }

        /// <summary>A <see cref="OcppEnum.CertificateUseEnumType"/> string; null for a charge point certificate.</summary>
        public readonly string Use;

        /// <summary>The certificate (a charge point certificate: the leaf of its chain).</summary>
        public readonly X509Certificate Certificate;

        /// <summary>GetInstalledCertificateIds / DeleteCertificate identity (recomputed when the store changes: the issuer may be another entry).</summary>
        public CertificateHashDataType HashData;

        /// <summary>A charge point certificate: the chain as received (PEM, leaf first).</summary>
        public readonly string ChainPem;

        /// <summary>A charge point certificate: the key pair, for the TLS client (security profile 3); never written anywhere but its record.</summary>
        public readonly EcKeyPair Key;
    }
}
