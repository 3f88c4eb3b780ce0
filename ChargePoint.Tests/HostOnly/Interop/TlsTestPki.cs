using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// The certificates of a wss:// interop run, made fresh by .NET for each test and written as PEM files for the peer
    /// and the firmware: a Central System root, a server certificate for 127.0.0.1 signed by it, and the bad cases
    /// (a server certificate from another root, an expired one). Signs the firmware's CSRs like a CSMS would.
    /// </summary>
    public sealed class TlsTestPki : IDisposable
    {
        public static readonly DateTimeOffset NotBefore = DateTimeOffset.UtcNow.AddDays(-1);
        public static readonly DateTimeOffset NotAfter = DateTimeOffset.UtcNow.AddYears(5);

        private readonly ECDsa _rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        private int _serial = 0x100;

        public TlsTestPki()
        {
            Directory = Path.Combine(Path.GetTempPath(), "cp-pki-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            Root = MakeRoot("Interop CSMS Root", _rootKey);
            RootPemFile = Write("root.pem", Root.ExportCertificatePem() + "\n");
        }

        public string Directory { get; }

        public X509Certificate2 Root { get; }

        public string RootPemFile { get; }

        public string RootPem => Root.ExportCertificatePem() + "\n";

        /// <summary>Peer arguments for a server certificate of 127.0.0.1 signed by <see cref="Root"/> (client certificates must chain to it too).</summary>
        /// <summary>The firmware's arguments to trust this root for the Central System's server certificate.</summary>
        public string[] FirmwareArgs() => new[] { "--ca-certificate", RootPemFile };

        public string[] PeerArgs() => ServerArgs("good", Root, _rootKey, NotBefore, NotAfter);

        /// <summary>A server certificate signed by a root the firmware does not know.</summary>
        public string[] PeerArgsFromOtherRoot()
        {
            using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using X509Certificate2 other = MakeRoot("Someone Else Root", otherKey);
            return ServerArgs("other", other, otherKey, NotBefore, NotAfter);
        }

        /// <summary>A server certificate naming <see cref="Root"/> as its issuer but signed by another key (a forged or damaged signature).</summary>
        public string[] PeerArgsWronglySigned()
        {
            using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return ServerArgs("forged", Root, forger, NotBefore, NotAfter);
        }

        /// <summary>A server certificate signed by <see cref="Root"/> that expired yesterday.</summary>
        public string[] PeerArgsExpired() => ServerArgs("expired", Root, _rootKey, NotBefore.AddDays(-30), DateTimeOffset.UtcNow.AddDays(-1));

        /// <summary>Another self-signed root and its key (a certificate signed by it is valid for the firmware if installed, unknown to the peer).</summary>
        public static X509Certificate2 MakeRoot(string cn, ECDsa key)
        {
            var req = new CertificateRequest("CN=" + cn + ", O=Interop CPO", key, HashAlgorithmName.SHA256);
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            req.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            return req.CreateSelfSigned(NotBefore.AddDays(-1), NotAfter.AddDays(1));
        }

        /// <summary>Signs the firmware's CSR with <see cref="Root"/> (or another issuer): the PEM for CertificateSigned, and the serial (lower-case hex).</summary>
        public string Sign(string csrPem, X509Certificate2? issuer, out string serialHex)
        {
            CertificateRequest csr = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256);
            csr.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            csr.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.2") }, false));
            byte[] serial = { 0x4C, (byte)(_serial >> 8), (byte)_serial++ };
            serialHex = Convert.ToHexString(serial).ToLowerInvariant();
            using X509Certificate2 leaf = csr.Create(issuer ?? Root, NotBefore, NotAfter, serial);
            return leaf.ExportCertificatePem() + "\n";
        }

        public void Dispose()
        {
            Root.Dispose();
            _rootKey.Dispose();
            try
            {
                System.IO.Directory.Delete(Directory, true);
            }
            catch (IOException)
            {
            }
        }

        private string[] ServerArgs(string name, X509Certificate2 issuer, ECDsa issuerKey, DateTimeOffset notBefore, DateTimeOffset notAfter)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var req = new CertificateRequest("CN=127.0.0.1, O=Interop CSMS", key, HashAlgorithmName.SHA256);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            san.AddDnsName("localhost");
            req.CertificateExtensions.Add(san.Build());
            req.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            byte[] serial = { 0x5E, (byte)(_serial >> 8), (byte)_serial++ };
            using X509Certificate2 cert = req.Create(issuer.SubjectName, X509SignatureGenerator.CreateForECDsa(issuerKey), notBefore, notAfter, serial);
            return new[]
            {
                "--tls-cert", Write(name + "-server.pem", cert.ExportCertificatePem() + "\n"),
                "--tls-key", Write(name + "-server.key", key.ExportPkcs8PrivateKeyPem() + "\n"),
                "--tls-ca", RootPemFile,
            };
        }

        private string Write(string name, string text)
        {
            string path = Path.Combine(Directory, name);
            File.WriteAllText(path, text);
            return path;
        }
    }
}
