using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Json;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// 'certs': the installed root certificates (use, subject CN, issuer CN, notAfter, SHA-256 of the DER) and the charge
    /// point certificate (in use, accepted and waiting, CSR key pending). Private keys are never shown.
    /// </summary>
    public sealed class CertificateCommands : IConsoleCommands
    {
        private readonly CertificateService _certs;

        public CertificateCommands(CertificateService certs)
        {
            _certs = certs;
        }

        public void WriteHelp(IConsoleIo io)
        {
            io.WriteLine("  certs                        installed root certificates and the charge point certificate");
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

            return true;
        }

        private static string Describe(X509Certificate c)
        {
            return "CN=" + (c.SubjectCommonName ?? "?") + " issuer CN=" + (c.IssuerCommonName ?? "?") + " notAfter " + IsoTime.Format(c.NotAfter) +
                " sha256 " + Hex.Encode(Sha256.Hash(c.Raw));
        }
    }
}
