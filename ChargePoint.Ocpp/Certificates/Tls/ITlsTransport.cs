namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// A transport that can do TLS with the settings of the security profile (host: System.Net ClientWebSocket; ESP32:
    /// nanoFramework's). <see cref="CertificateService"/> calls <see cref="UseTls"/> before every attempt; the transport
    /// reports why a handshake failed to that <see cref="CertificateService.TlsFailed"/> (any thread; no event and
    /// delegate type of its own). The security profile of the attempt is <see cref="CertificateService.ActiveProfile"/>.
    /// The settings are arguments, not an object of their own (a type, a constructor and four fields less in the image).
    /// The private key is handed to the TLS stack only: never logged or shown.
    /// </summary>
    public interface ITlsTransport
    {
        /// <summary>Settings for the next wss:// Connect (security profiles 2 and 3).</summary>
        /// <param name="security">Where the transport reports a security event it detected (e.g. InvalidCentralSystemCertificate, FailedToAuthenticateAtCentralSystem).</param>
        /// <param name="trustedRootsPem">The installed CentralSystemRootCertificates (PEM, one block each): the only roots the server may chain to. Null: the platform's own trust.</param>
        /// <param name="clientCertificatePem">Profile 3: the charge point certificate (PEM, leaf first); null: no client certificate.</param>
        /// <param name="clientKeyPem">Profile 3: its private key (PEM "EC PRIVATE KEY", SEC1).</param>
        void UseTls(CertificateService security, string trustedRootsPem, string clientCertificatePem, string clientKeyPem);
    }
}
