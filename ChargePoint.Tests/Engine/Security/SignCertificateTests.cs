using System;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Tests.Ocpp.Certificates;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>
    /// ExtendedTriggerMessage(SignChargePointCertificate) → SignCertificate.req (a PKCS#10 CSR, CN = identity, O = CpoName)
    /// → CertificateSigned.req (SecWP §4.4, TC_074, TC_077), with a test CA whose root is installed first.
    /// </summary>
    [TestClass]
    public class SignCertificateTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";
        private const string Rejected = "{\"status\":\"Rejected\"}";

        /// <summary>A kit with CpoName set and the test CA's root installed; returns the CA key.</summary>
        internal static EcKeyPair Setup(SecurityKit k, Ecdsa ecdsa)
        {
            k.Idle();
            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"CpoName\",\"value\":\"Test CPO\"}"));
            EcKeyPair ca = TestPki.Key(ecdsa, "csms ca");
            string root = TestPki.Json(TestPki.Pem(TestPki.SelfSigned(ecdsa, ca, "CSMS Root", TestPki.LongAgo, TestPki.FarAhead, 1)));
            Assert.AreEqual(Accepted, k.Call("InstallCertificate", "{\"certificateType\":\"CentralSystemRootCertificate\",\"certificate\":\"" + root + "\"}"));
            k.Run(500);
            k.W.Cs.Take();
            return ca;
        }

        /// <summary>Triggers the CSR and returns the CSR (DER) from the SignCertificate.req on the wire.</summary>
        internal static byte[] RequestCsr(SecurityKit k)
        {
            Assert.AreEqual(Accepted, k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"SignChargePointCertificate\"}"));
            k.Run(500);
            string frames = k.W.Cs.Take();
            const string prefix = "SignCertificate {\"csr\":\"";
            Assert.IsTrue(frames.StartsWith(prefix), frames);
            string json = frames.Substring(prefix.Length, frames.IndexOf('"', prefix.Length) - prefix.Length);
            Assert.IsTrue(json.StartsWith("-----BEGIN CERTIFICATE REQUEST-----\\n"), json);
            return TestPki.CsrDer(Unescape(json));
        }

        internal static string Signed(SecurityKit k, string chainPem) =>
            k.Call("CertificateSigned", "{\"certificateChain\":\"" + TestPki.Json(chainPem) + "\"}");

        [TestMethod]
        public void TC_074_Update_Charge_Point_Certificate_by_request_of_Central_System()
        {
            var k = new SecurityKit(1, true, true);
            var ecdsa = new Ecdsa();
            EcKeyPair ca = Setup(k, ecdsa);

            byte[] csr = RequestCsr(k);
            Assert.IsTrue(TestPki.CsrVerifies(ecdsa, csr), "the CSR is signed with its own key");
            byte[] subject = TestPki.CsrSubject(csr);
            Assert.AreEqual("CP1", X509Certificate.FindName(subject, DerReader.CommonName), "CN = the charge point identity");
            Assert.AreEqual("Test CPO", X509Certificate.FindName(subject, DerReader.Organization), "O = CpoName");
            byte[] publicKey = TestPki.CsrPublicKey(csr);
            Assert.AreEqual(1, k.Entropy!.Calls, "one key pair generated");
            Assert.IsNotNull(k.Certs.PendingKey);
            Assert.AreEqual("Accepted", k.Certs.LastSignStatus);

            // The pending key survives a reboot: the Central System may answer later.
            k.Reboot();
            k.Idle();
            Assert.IsNotNull(k.Certs.PendingKey);

            byte[] leaf = TestPki.Issue(ecdsa, ca, "CSMS Root", publicKey, "CP1", "Test CPO", TestPki.LongAgo, new DateTime(2027, 1, 1, 0, 0, 0), 77);
            Assert.AreEqual(Accepted, Signed(k, TestPki.Pem(leaf)));
            k.Run(1000);
            k.Expect(string.Empty);
            Assert.IsNull(k.Certs.PendingKey, "used up");
            Assert.IsNotNull(k.Certs.Next);
            Assert.IsNull(k.Certs.Current, "the new certificate waits until it has been used");
            Assert.AreEqual("CP1", k.Certs.Next!.Certificate.SubjectCommonName);

            k.Reboot();
            k.Idle();
            Assert.AreEqual("CP1", k.Certs.Next!.Certificate.SubjectCommonName, "persisted");
            Assert.AreEqual(Hex.Encode(publicKey), Hex.Encode(k.Certs.Next.Key.PublicKey));
            CertificateService credentials = k.Certs;
            Assert.IsTrue(credentials.Commit(credentials.PendingKey, credentials.Next, null), "the new one connected: it becomes the current one");
            Assert.IsNull(k.Certs.Next);
            Assert.AreEqual("CP1", k.Certs.Current!.Certificate.SubjectCommonName);
            string record = new string(System.Text.Encoding.UTF8.GetChars(k.W.Storage.Read(CertificateService.CredentialsRecordName)!));
            Assert.IsTrue(record.StartsWith("current\t"), record);
        }

        [TestMethod]
        public void TC_074_A_chain_with_a_sub_CA_is_accepted()
        {
            var k = new SecurityKit(1, true, true);
            var ecdsa = new Ecdsa();
            EcKeyPair ca = Setup(k, ecdsa);
            byte[] publicKey = TestPki.CsrPublicKey(RequestCsr(k));
            EcKeyPair sub = TestPki.Key(ecdsa, "cpo sub-ca");
            byte[] subCa = TestPki.Issue(ecdsa, ca, "CSMS Root", sub.PublicKey, "CPO Sub CA", null, TestPki.LongAgo, TestPki.FarAhead, 2);
            byte[] leaf = TestPki.Issue(ecdsa, sub, "CPO Sub CA", publicKey, "CP1", "Test CPO", TestPki.LongAgo, TestPki.FarAhead, 3);
            Assert.AreEqual(Accepted, Signed(k, TestPki.Pem(leaf) + TestPki.Pem(subCa)));
        }

        [TestMethod]
        public void TC_077_Invalid_ChargePointCertificate_is_Rejected_with_a_security_event()
        {
            var k = new SecurityKit(1, true, true);
            var ecdsa = new Ecdsa();
            EcKeyPair ca = Setup(k, ecdsa);
            Assert.AreEqual(Rejected, Signed(k, TestPki.Pem(TestPki.SelfSigned(ecdsa, ca, "CSMS Root", TestPki.LongAgo, TestPki.FarAhead, 9))), "no CSR sent yet");
            k.Run(500);
            Assert.Contains("\"techInfo\":\"no CSR pending\"", k.W.Cs.Take());

            byte[] publicKey = TestPki.CsrPublicKey(RequestCsr(k));
            EcKeyPair stranger = TestPki.Key(ecdsa, "stranger");
            EcKeyPair rogue = TestPki.Key(ecdsa, "rogue ca");
            byte[] otherKey = TestPki.Issue(ecdsa, ca, "CSMS Root", stranger.PublicKey, "CP1", "Test CPO", TestPki.LongAgo, TestPki.FarAhead, 10);
            byte[] expired = TestPki.Issue(ecdsa, ca, "CSMS Root", publicKey, "CP1", "Test CPO", TestPki.LongAgo, new DateTime(2024, 12, 31, 0, 0, 0), 11);
            byte[] wrongCa = TestPki.Issue(ecdsa, rogue, "CSMS Root", publicKey, "CP1", "Test CPO", TestPki.LongAgo, TestPki.FarAhead, 12);
            Assert.AreEqual(Rejected, Signed(k, TestPki.Pem(otherKey)));
            Assert.AreEqual(Rejected, Signed(k, TestPki.Pem(expired)));
            Assert.AreEqual(Rejected, Signed(k, TestPki.Pem(wrongCa)), "signed by a key that is not the installed root's");
            Assert.AreEqual(Rejected, Signed(k, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
            k.Run(2000);
            string frames = k.W.Cs.Take();
            Assert.AreEqual(4, CertificateManagementTests.Count(frames, "SecurityEventNotification {\"type\":\"InvalidChargePointCertificate\""), frames);
            Assert.Contains("\"techInfo\":\"not our CSR key\"", frames);
            Assert.Contains("\"techInfo\":\"expired\"", frames);
            Assert.Contains("\"techInfo\":\"no installed root signed it\"", frames);
            Assert.Contains("\"techInfo\":\"malformed chain\"", frames);
            Assert.IsNull(k.Certs.Next);
            Assert.IsNotNull(k.Certs.PendingKey, "a valid certificate may still come");
        }

        [TestMethod]
        public void SignChargePointCertificate_without_entropy_is_NotImplemented()
        {
            var k = new SecurityKit(1, true, true);
            k.Entropy = null;
            k.Reboot();
            k.Idle();
            Assert.AreEqual("{\"status\":\"NotImplemented\"}", k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"SignChargePointCertificate\"}"));
            k.Run(1000);
            k.Expect(string.Empty);
        }

        private static string Unescape(string json)
        {
            var sb = new System.Text.StringBuilder(json.Length);
            for (int i = 0; i < json.Length; i++)
            {
                if (json[i] == '\\' && i + 1 < json.Length && json[i + 1] == 'n')
                {
                    sb.Append('\n');
                    i++;
                }
                else
                {
                    sb.Append(json[i]);
                }
            }

            return sb.ToString();
        }
    }
}
