using System;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Tests.Ocpp.Certificates;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>
    /// Security profiles 2/3 on the connection (SecWP §2.4–2.6) in simulated time: the TLS settings each attempt gets,
    /// a new certificate used from the next connection, and the fallback to the last working settings when the new ones
    /// never connect. The Central System's acceptance is <see cref="FakeTlsTransport"/>; the wss:// version is
    /// SecurityProfilesInteropTests.
    /// </summary>
    [TestClass]
    public class ConnectionSecurityTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";
        private const string Key = "00112233445566778899AABBCCDDEEFF";

        [TestMethod]
        public void TC_087_Profile_3_presents_the_new_certificate_without_Basic_auth_and_activates_it()
        {
            var ecdsa = new Ecdsa();
            var k = Profile2(ecdsa, out EcKeyPair ca);
            string pem = Certificate(k, ecdsa, ca, 50);
            Assert.IsTrue(k.Tls.Last != null && k.Tls.Last.TrustedRootsPem != null && k.Tls.Last.TrustedRootsPem.StartsWith("-----BEGIN CERTIFICATE-----\n"), "the installed root");
            Assert.IsNull(k.Tls.Last!.ClientCertificatePem, "profile 2: no client certificate");

            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"SecurityProfile\",\"value\":\"3\"}"));
            k.Run(3000);
            Assert.AreEqual(3, k.Connection.ActiveProfile, "the attempt's profile");
            Assert.AreEqual(pem, k.Tls.Last.ClientCertificatePem);
            Assert.IsTrue(k.Tls.Last.ClientKeyPem!.StartsWith("-----BEGIN EC PRIVATE KEY-----\n"));
            Assert.IsNull(k.W.Transport.LastAuthorization, "profile 3: the certificate authenticates");
            Assert.IsTrue(k.W.Transport.IsOpen);
            Assert.IsNull(k.Certs.Next);
            Assert.AreEqual(pem, k.Certs.Current!.ChainPem, "used, so it is the current one now");
            Assert.AreEqual(3, k.Connection.LastWorkingProfile);

            k.Reboot();
            k.Run(3000);
            Assert.AreEqual(3, k.Connection.LastWorkingProfile, "persisted");
            Assert.AreEqual(pem, k.Tls.Last!.ClientCertificatePem);
        }

        [TestMethod]
        public void A_refused_new_certificate_falls_back_to_the_current_one_and_is_dropped()
        {
            var ecdsa = new Ecdsa();
            var k = Profile2(ecdsa, out EcKeyPair ca);
            string first = Certificate(k, ecdsa, ca, 51);
            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"SecurityProfile\",\"value\":\"3\"}"));
            k.Run(3000);
            Assert.AreEqual(first, k.Certs.Current!.ChainPem);

            k.Tls.AcceptedClientCertificate = first; // the Central System will not take the next one
            string second = Certificate(k, ecdsa, ca, 52);
            Assert.AreEqual(second, k.Certs.Next!.ChainPem);
            k.W.Transport.PeerDisconnect();
            k.Run(60000);
            Assert.IsTrue(k.W.Transport.IsOpen, "back online with the old certificate");
            Assert.AreEqual(first, k.Tls.Last!.ClientCertificatePem);
            Assert.IsNull(k.Certs.Next, "the refused certificate is dropped");
            Assert.AreEqual(first, k.Certs.Current!.ChainPem);
            string frames = k.W.Cs.Take();
            Assert.Contains("{\"type\":\"InvalidChargePointCertificate\"", frames);
            Assert.Contains("{\"type\":\"FailedToAuthenticateAtCentralSystem\"", frames);
            Assert.AreEqual("3", Value(k, "SecurityProfile"));
        }

        [TestMethod]
        public void A_raised_profile_that_never_connects_falls_back_to_the_last_working_one()
        {
            var ecdsa = new Ecdsa();
            var k = Profile2(ecdsa, out EcKeyPair ca);
            Certificate(k, ecdsa, ca, 53);
            k.Tls.AcceptedClientCertificate = "none"; // no client certificate is trusted by this Central System
            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"SecurityProfile\",\"value\":\"3\"}"));
            k.Run(60000);
            Assert.IsTrue(k.W.Transport.IsOpen);
            Assert.AreEqual(2, k.Connection.ActiveProfile);
            Assert.AreEqual("2", Value(k, "SecurityProfile"), "the key says what runs");
            Assert.IsNotNull(k.W.Transport.LastAuthorization, "profile 2: Basic auth again");
            Assert.Contains("\"type\":\"ReconfigurationOfSecurityParameters\",\"timestamp\"", k.W.Cs.Take());
            Assert.AreEqual("Rejected", Status(k.Call("ChangeConfiguration", "{\"key\":\"SecurityProfile\",\"value\":\"1\"}")), "still never lowered by the Central System");
        }

        [TestMethod]
        public void When_the_old_settings_fail_too_the_new_ones_are_kept()
        {
            var ecdsa = new Ecdsa();
            var k = Profile2(ecdsa, out EcKeyPair ca);
            Certificate(k, ecdsa, ca, 54);
            k.W.Transport.AcceptConnections = false;
            k.Tls.RequireClientCertificate = true;
            k.Tls.AcceptedClientCertificate = "none"; // the network is down: nothing connects
            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"SecurityProfile\",\"value\":\"3\"}"));
            k.Run(120000);
            Assert.IsFalse(k.W.Transport.IsOpen);
            Assert.AreEqual("3", Value(k, "SecurityProfile"), "no proof that 3 is wrong");
            Assert.IsNotNull(k.Certs.Next);
        }

        [TestMethod]
        public void Profile_2_and_3_need_a_wss_URL_an_installed_root_and_for_3_a_certificate()
        {
            var k = new SecurityKit(1, true, true);
            k.W.CentralSystemUrl = "wss://cs/ocpp";
            k.Reboot();
            k.Idle();
            Assert.IsFalse(k.Connection.CanUse(2), "no CentralSystemRootCertificate");
            var ecdsa = new Ecdsa();
            SignCertificateTests.Setup(k, ecdsa);
            Assert.IsTrue(k.Connection.CanUse(2));
            Assert.IsFalse(k.Connection.CanUse(3), "no charge point certificate");
        }

        [TestMethod]
        public void A_certificate_close_to_expiry_is_renewed_with_a_SignCertificate()
        {
            var ecdsa = new Ecdsa();
            var k = Profile2(ecdsa, out EcKeyPair ca);
            byte[] publicKey = TestPki.CsrPublicKey(SignCertificateTests.RequestCsr(k));
            DateTime notAfter = k.W.Cp.Clock.Now(k.W.Now).AddDays(20); // inside the default 30 days
            byte[] leaf = TestPki.Issue(ecdsa, ca, "CSMS Root", publicKey, "CP1", null, TestPki.LongAgo, notAfter, 60);
            Assert.AreEqual(Accepted, SignCertificateTests.Signed(k, TestPki.Pem(leaf)));
            k.Run(3000);
            Assert.Contains("SignCertificate {\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----", k.W.Cs.Take());
            k.Run(3600000);
            Assert.AreEqual(-1, k.W.Cs.Take().IndexOf("SignCertificate {"), "once a day while still due: no second CSR within the hour");
            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"CertificateRenewalDays\",\"value\":\"10\"}"));
        }

        /// <summary>A charge point on a wss:// URL with a root installed, Basic auth set and SecurityProfile 2 (connected).</summary>
        private static SecurityKit Profile2(Ecdsa ecdsa, out EcKeyPair ca)
        {
            var k = new SecurityKit(1, true, true);
            k.TlsAvailable = true; // the kit's profile check; CertificateService.CanUse is tested on its own
            k.W.CentralSystemUrl = "wss://cs/ocpp";
            k.Reboot();
            ca = SignCertificateTests.Setup(k, ecdsa);
            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"AuthorizationKey\",\"value\":\"" + Key + "\"}"));
            k.Run(3000);
            Assert.AreEqual(Accepted, k.Call("ChangeConfiguration", "{\"key\":\"SecurityProfile\",\"value\":\"2\"}"));
            k.Run(3000);
            Assert.IsTrue(k.W.Transport.IsOpen);
            Assert.AreEqual(2, k.Connection.LastWorkingProfile);
            k.W.Cs.Take();
            return k;
        }

        /// <summary>SignCertificate → a certificate from the test CA → CertificateSigned Accepted; its PEM.</summary>
        private static string Certificate(SecurityKit k, Ecdsa ecdsa, EcKeyPair ca, int serial)
        {
            k.W.Cs.Take();
            byte[] publicKey = TestPki.CsrPublicKey(SignCertificateTests.RequestCsr(k));
            string pem = TestPki.Pem(TestPki.Issue(ecdsa, ca, "CSMS Root", publicKey, "CP1", null, TestPki.LongAgo, TestPki.FarAhead, serial));
            Assert.AreEqual(Accepted, SignCertificateTests.Signed(k, pem));
            return pem;
        }

        private static string Value(SecurityKit k, string key) => k.W.Cp.Configuration.Value(k.W.Cp.Configuration.Find(key));

        private static string Status(string payload) => payload.Substring(11, payload.Length - 13);
    }
}
