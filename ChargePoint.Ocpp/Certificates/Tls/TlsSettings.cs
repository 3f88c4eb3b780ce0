namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// What the transport uses for the next wss:// connection attempt (security profiles 2 and 3). The private key is
    /// handed to the TLS stack only: never logged or shown.
    /// </summary>
    public sealed class TlsSettings
    {
        public TlsSettings(ConnectionSecurity security, string trustedRootsPem, string clientCertificatePem, string clientKeyPem)
        {
            Security = security;
            TrustedRootsPem = trustedRootsPem;
            ClientCertificatePem = clientCertificatePem;
            ClientKeyPem = clientKeyPem;
        }

        /// <summary>
        /// Where the transport reports a security event it detected (<see cref="ConnectionSecurity.TlsFailed"/>, any
        /// thread; e.g. InvalidCentralSystemCertificate, FailedToAuthenticateAtCentralSystem).
        /// </summary>
        public readonly ConnectionSecurity Security;

        // The security profile of the attempt is ConnectionSecurity.ActiveProfile (no copy here).

        /// <summary>The installed CentralSystemRootCertificates (PEM, one block each): the only roots the server may chain to. Null: the platform's own trust.</summary>
        public readonly string TrustedRootsPem;

        /// <summary>Profile 3: the charge point certificate (PEM, leaf first); null: no client certificate.</summary>
        public readonly string ClientCertificatePem;

        /// <summary>Profile 3: its private key (PEM "EC PRIVATE KEY", SEC1).</summary>
        public readonly string ClientKeyPem;
    }
}
