using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>
    /// The TLS half of a transport for engine tests: remembers the settings of each attempt and lets the in-memory
    /// connection succeed only when the simulated Central System would accept them (its trusted client certificate
    /// chain, Basic auth or not), like the wss peer of the interop tests.
    /// </summary>
    internal sealed class FakeTlsTransport : ITlsTransport
    {
        private readonly InMemoryTransport _link;

        public FakeTlsTransport(InMemoryTransport link)
        {
            _link = link;
        }

        /// <summary>Null: any settings connect; else only attempts presenting this certificate chain (PEM).</summary>
        public string? AcceptedClientCertificate;

        /// <summary>Refuse attempts that present no client certificate (the Central System runs profile 3 only).</summary>
        public bool RequireClientCertificate;

        /// <summary>The settings of the last attempt (null before the first).</summary>
        public Settings? Last;

        public int Attempts;

        public void UseTls(CertificateService security, string? trustedRootsPem, string? clientCertificatePem, string? clientKeyPem)
        {
            Attempts++;
            Last = new Settings(trustedRootsPem, clientCertificatePem, clientKeyPem);
            string? cert = clientCertificatePem;
            bool accept = cert == null ? !RequireClientCertificate : AcceptedClientCertificate == null || AcceptedClientCertificate == cert;
            _link.AcceptConnections = accept;
            if (!accept)
            {
                security.TlsFailed("FailedToAuthenticateAtCentralSystem", "HTTP 401 on the WebSocket upgrade");
            }
        }

        /// <summary>What one attempt was given (<see cref="ITlsTransport.UseTls"/>).</summary>
        internal sealed class Settings
        {
            public Settings(string? trustedRootsPem, string? clientCertificatePem, string? clientKeyPem)
            {
                TrustedRootsPem = trustedRootsPem;
                ClientCertificatePem = clientCertificatePem;
                ClientKeyPem = clientKeyPem;
            }

            public readonly string? TrustedRootsPem;

            public readonly string? ClientCertificatePem;

            public readonly string? ClientKeyPem;
        }
    }
}
