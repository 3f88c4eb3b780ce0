namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>Build-time limits of the certificate feature; the first two are what the read-only keys report.</summary>
    public sealed class CertificateSettings
    {
        /// <summary>
        /// CertificateStoreMaxLength: root certificates InstallCertificate can hold, both uses together. 4 leaves room for
        /// a CSMS root, its successor during a rollover and a manufacturer root: a P-256 root is about 0.5 KB, an RSA-4096
        /// one about 1.9 KB of DER, all of them parsed in RAM.
        /// </summary>
        public int MaxInstalledCertificates = 4;

        /// <summary>CertificateSignedMaxChainSize: longest CertificateSigned.req certificateChain, characters (the whitepaper's and the codec's cap).</summary>
        public int MaxChainChars = 10000;

        /// <summary>Most certificates in one certificateChain (leaf, sub-CAs, optionally the root).</summary>
        public int MaxChainCertificates = 4;
    }
}
