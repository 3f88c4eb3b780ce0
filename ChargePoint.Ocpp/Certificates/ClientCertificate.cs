using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>A Charge Point certificate from CertificateSigned: the chain as received (PEM), its parsed leaf and the key pair of our CSR. The private key is never logged or shown.</summary>
    public sealed class ClientCertificate
    {
        public ClientCertificate(string chainPem, X509Certificate leaf, EcKeyPair key)
        {
            ChainPem = chainPem;
            Leaf = leaf;
            Key = key;
        }

        public readonly string ChainPem;

        public readonly X509Certificate Leaf;

        /// <summary>For the TLS client (security profile 3); never written anywhere but its record.</summary>
        public readonly EcKeyPair Key;
    }
}
