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

        public TlsSettings? Last;

        public int Attempts;

        public void UseTls(TlsSettings? settings)
        {
            Attempts++;
            Last = settings;
            string? cert = settings == null ? null : settings.ClientCertificatePem;
            bool accept = cert == null ? !RequireClientCertificate : AcceptedClientCertificate == null || AcceptedClientCertificate == cert;
            _link.AcceptConnections = accept;
            if (!accept && settings != null)
            {
                settings.Security.TlsFailed("FailedToAuthenticateAtCentralSystem", "HTTP 401 on the WebSocket upgrade");
            }
        }
    }
}
