using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>One entry of the <see cref="CertificateStore"/>: its certificateUse, the parsed certificate (DER in Raw) and its hash data.</summary>
    public sealed class InstalledCertificate
    {
        public InstalledCertificate(string use, X509Certificate certificate)
        {
            Use = use;
            Certificate = certificate;
        }

        /// <summary>A <see cref="OcppEnum.CertificateUseEnumType"/> string.</summary>
        public readonly string Use;

        public readonly X509Certificate Certificate;

        /// <summary>GetInstalledCertificateIds / DeleteCertificate identity (recomputed when the store changes: the issuer may be another entry).</summary>
        public CertificateHashDataType HashData;
    }
}
