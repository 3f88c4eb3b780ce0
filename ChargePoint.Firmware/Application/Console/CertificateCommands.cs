using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Certificates.Tls;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Json;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// 'certs': the security profile (configured, of the current connection, last working), the installed root
    /// certificates (use, subject CN, issuer CN, notAfter, SHA-256 of the DER), the charge point certificate (in use,
    /// accepted and waiting, CSR key pending) and whether firmware must be signed. Private keys are never shown.
    /// </summary>
    public sealed class CertificateCommands : IConsoleCommands
    {
        private readonly CertificateService _certs;
        private readonly ConnectionSecurity _connection;
        private readonly SignedFirmwareService _signed;

        public CertificateCommands(CertificateService certs, ConnectionSecurity connection, SignedFirmwareService signed)
        {
            _certs = certs;
            _connection = connection;
            _signed = signed;
        }

        public void WriteHelp(IConsoleIo io)
        {
            ChargePoint.Firmware.App.Text.WriteHelp(io, "certs\tinstalled root certificates and the charge point certificate");
        }

        public bool Execute(CommandLine line, IConsoleIo io)
        {
            if (line.Command != "certs")
            {
                return false;
            }

            if (line.Count != 1)
            {
                io.WriteLine("error: 'certs' takes no arguments");
                return true;
            }

            if (_connection != null)
            {
                io.WriteLine("security profile: " + _connection.ConfiguredProfile.ToString() + " (this connection " + _connection.ActiveProfile.ToString() +
                    ", last working " + (_connection.LastWorkingProfile < 0 ? "none" : _connection.LastWorkingProfile.ToString()) + ")");
            }

            CertificateStore store = _certs.Store;
            io.WriteLine("root certificates: " + store.Count.ToString() + " of " + store.Capacity.ToString());
            for (int i = 0; i < store.Count; i++)
            {
                InstalledCertificate e = store.At(i);
                io.WriteLine("  " + e.Use + ": " + Describe(e.Certificate));
            }

            ChargePointCredentials cp = _certs.Credentials;
            io.WriteLine("charge point certificate: " + (cp.Current == null ? "none" : Describe(cp.Current.Leaf)));
            if (cp.Next != null)
            {
                io.WriteLine("  new, waiting to be used: " + Describe(cp.Next.Leaf));
            }

            if (cp.PendingKey != null)
            {
                io.WriteLine("  signing request sent, waiting for CertificateSigned (SignCertificate: " + _certs.LastSignStatus + ")");
            }

            if (_signed != null)
            {
                io.WriteLine("firmware signing required: " + (_signed.SigningRequired ? "yes" : "no") +
                    (_signed.ActiveRequestId >= 0 ? " (signed update " + _signed.ActiveRequestId.ToString() + " in progress)" : string.Empty));
            }

            return true;
        }

        private static string Describe(X509Certificate c)
        {
            return "CN=" + (c.SubjectCommonName ?? "?") + " issuer CN=" + (c.IssuerCommonName ?? "?") + " notAfter " + IsoTime.Format(c.NotAfter) +
                " sha256 " + Hex.Encode(Sha256.Hash(c.Raw));
        }
    }
}
