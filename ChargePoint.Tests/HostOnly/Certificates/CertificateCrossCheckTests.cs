using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp;
using ChargePoint.Tests.Ocpp.Certificates;
using ChargePoint.Tests.Ocpp.Transactions;
using nanoFramework.TestFramework;
using OurCertificate = ChargePoint.Ocpp.Crypto.X509Certificate;

namespace ChargePoint.Tests.HostOnly.Certificates
{
    /// <summary>
    /// The certificate feature against .NET (OpenSSL underneath): CertificateHashDataType of .NET-made certificates
    /// equals what .NET's own fields give; the CSR in SignCertificate.req loads and verifies with
    /// CertificateRequest.LoadSigningRequestPem with CN/O right; a certificate .NET issues from that CSR under a .NET
    /// root installed with InstallCertificate is Accepted by CertificateSigned.
    /// </summary>
    [TestClass]
    public class CertificateCrossCheckTests
    {
        private static readonly DateTimeOffset NotBefore = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset NotAfter = new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private static X509Certificate2 Root(ECDsa key, string name)
        {
            var req = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            req.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            return req.CreateSelfSigned(NotBefore, NotAfter);
        }

        private static string NetSerial(X509Certificate2 c) => c.SerialNumber.TrimStart('0').ToLowerInvariant();

        [TestMethod]
        public void Hash_data_equals_what_dotnet_computes_for_dotnet_made_certificates()
        {
            using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using X509Certificate2 root = Root(caKey, "CN=Net Root, O=Net CPO, C=DE");
            var leafReq = new CertificateRequest("CN=Net Leaf", leafKey, HashAlgorithmName.SHA256);
            using X509Certificate2 leaf = leafReq.Create(root, NotBefore, NotAfter, new byte[] { 0x00, 0x8F, 0x01, 0x02 });

            CertificateHashDataType ours = CertificateStore.HashOf(new OurCertificate(leaf.RawData), new OurCertificate(root.RawData));
            Assert.AreEqual("SHA256", ours.HashAlgorithm);
            Assert.AreEqual(Convert.ToHexString(SHA256.HashData(leaf.IssuerName.RawData)).ToLowerInvariant(), ours.IssuerNameHash);
            Assert.AreEqual(Convert.ToHexString(SHA256.HashData(root.PublicKey.EncodedKeyValue.RawData)).ToLowerInvariant(), ours.IssuerKeyHash);
            Assert.AreEqual(NetSerial(leaf), ours.SerialNumber.TrimStart('0'));
            Assert.AreEqual("8f0102", ours.SerialNumber, "leading zero bytes dropped");

            // A self-signed root in the store is its own issuer.
            var storage = new TxWorld(1).Storage;
            var store = new CertificateStore(storage, 4, null);
            Assert.IsTrue(store.Add(new InstalledCertificate(OcppEnum.CentralSystemRootCertificate, new OurCertificate(root.RawData), null, null)));
            CertificateHashDataType r = store.At(0).HashData;
            Assert.AreEqual(Convert.ToHexString(SHA256.HashData(root.IssuerName.RawData)).ToLowerInvariant(), r.IssuerNameHash);
            Assert.AreEqual(Convert.ToHexString(SHA256.HashData(root.PublicKey.EncodedKeyValue.RawData)).ToLowerInvariant(), r.IssuerKeyHash);
            Assert.AreEqual(NetSerial(root), r.SerialNumber.TrimStart('0'));
        }

        [TestMethod]
        public void The_CSR_of_SignCertificate_verifies_with_dotnet_and_a_dotnet_signed_certificate_is_Accepted()
        {
            var w = new TxWorld(1);
            w.Cp.AddRemoteTrigger();
            SecurityService security = new SecurityService(w.Cp, 1, 0, null, null, null, null);
            var certs = new CertificateService(w.Cp, security, CertificateService.StoreCapacity, new TestEntropy("host cross-check"), null);
            w.ToIdle();
            w.Set("CpoName", "Net CPO");

            using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using X509Certificate2 root = Root(caKey, "CN=CSMS Root, O=Net CPO");
            string install = w.Cs.Call("InstallCertificate", "{\"certificateType\":\"CentralSystemRootCertificate\",\"certificate\":\"" + TestPki.Json(root.ExportCertificatePem() + "\n") + "\"}");
            w.Run(100);
            Assert.AreEqual("{\"status\":\"Accepted\"}", w.Cs.Result(install));

            string trigger = w.Cs.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"SignChargePointCertificate\"}");
            w.Run(500);
            Assert.AreEqual("{\"status\":\"Accepted\"}", w.Cs.Result(trigger));
            string frames = w.Cs.Take();
            const string prefix = "SignCertificate {\"csr\":\"";
            int at = frames.IndexOf(prefix, StringComparison.Ordinal);
            Assert.IsTrue(at >= 0, frames);
            string csrPem = frames.Substring(at + prefix.Length, frames.IndexOf('"', at + prefix.Length) - at - prefix.Length).Replace("\\n", "\n");

            CertificateRequest csr = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256); // verifies the signature
            Assert.AreEqual("CN=CP1, O=Net CPO", csr.SubjectName.Name, "CN = identity, O = CpoName");

            using X509Certificate2 leaf = csr.Create(root, NotBefore, NotAfter, new byte[] { 0x42, 0x01 });
            string signed = w.Cs.Call("CertificateSigned", "{\"certificateChain\":\"" + TestPki.Json(leaf.ExportCertificatePem() + "\n") + "\"}");
            w.Run(100);
            Assert.AreEqual("{\"status\":\"Accepted\"}", w.Cs.Result(signed));
            Assert.AreEqual("CP1", certs.Next!.Certificate.SubjectCommonName);

            // The stored private key is the one .NET's certificate carries.
            using ECDsa stored = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                D = certs.Next.Key.PrivateKey,
                Q = new ECPoint { X = certs.Next.Key.PublicKey[1..33], Y = certs.Next.Key.PublicKey[33..] },
            });
            byte[] message = Encoding.UTF8.GetBytes("tls handshake stand-in");
            using ECDsa? certKey = leaf.GetECDsaPublicKey();
            Assert.IsTrue(certKey!.VerifyData(message, stored.SignData(message, HashAlgorithmName.SHA256), HashAlgorithmName.SHA256));
        }
    }
}
