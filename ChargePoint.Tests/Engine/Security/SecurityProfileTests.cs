using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>The Security Whitepaper keys (SecWP §7): SecurityProfile only upwards and with its preconditions (TC_083, TC_084), the others as declared.</summary>
    [TestClass]
    public class SecurityProfileTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";
        private const string Rejected = "{\"status\":\"Rejected\"}";
        private const string Key = "00112233445566778899AABBCCDDEEFF";

        private static string Change(SecurityKit k, string key, string value) =>
            k.Call("ChangeConfiguration", "{\"key\":\"" + key + "\",\"value\":\"" + value + "\"}");

        [TestMethod]
        public void Security_keys_are_reported_by_GetConfiguration()
        {
            var k = new SecurityKit(1).Idle();
            Assert.AreEqual("{\"configurationKey\":[{\"key\":\"SecurityProfile\",\"readonly\":false,\"value\":\"0\"},{\"key\":\"CpoName\",\"readonly\":false,\"value\":\"\"}," +
                "{\"key\":\"AdditionalRootCertificateCheck\",\"readonly\":true,\"value\":\"false\"},{\"key\":\"CertificateStoreMaxLength\",\"readonly\":true,\"value\":\"1\"}," +
                "{\"key\":\"CertificateSignedMaxChainSize\",\"readonly\":true,\"value\":\"0\"}],\"unknownKey\":[\"AuthorizationKey\"]}",
                k.Call("GetConfiguration", "{\"key\":[\"SecurityProfile\",\"CpoName\",\"AdditionalRootCertificateCheck\",\"CertificateStoreMaxLength\",\"CertificateSignedMaxChainSize\",\"AuthorizationKey\"]}"));
            Assert.AreEqual(Accepted, Change(k, "CpoName", "Example CPO"));
            Assert.AreEqual(Rejected, Change(k, "AdditionalRootCertificateCheck", "true"));
            Assert.AreEqual(Rejected, Change(k, "CertificateStoreMaxLength", "5"));
            k.Reboot();
            Assert.AreEqual("Example CPO", k.W.Cp.Configuration.Value(k.W.Cp.Configuration.Find("CpoName")));
        }

        [TestMethod]
        public void TC_083_Upgrade_security_profile_needs_its_preconditions_and_reconnects()
        {
            var k = new SecurityKit(1).Idle();
            Assert.AreEqual(Rejected, Change(k, "SecurityProfile", "1"), "profile 1 needs an AuthorizationKey");
            Assert.AreEqual(Rejected, Change(k, "SecurityProfile", "4"));
            Assert.AreEqual(Accepted, Change(k, "AuthorizationKey", Key));
            k.Run(1000);
            k.W.Cs.Take();
            int attempts = k.W.Transport.ConnectAttempts;

            Assert.AreEqual(Accepted, Change(k, "SecurityProfile", "1"));
            k.Run(1000);
            Assert.AreEqual(attempts + 1, k.W.Transport.ConnectAttempts, "the new profile applies from a new connection");
            Assert.AreEqual(1, k.Security.Profile);
            k.Expect(k.Event(SecurityService.ReconfigurationOfSecurityParameters, "SecurityProfile=1", 3300));

            Assert.AreEqual(Rejected, Change(k, "SecurityProfile", "2"), "no wss:// transport");
            k.TlsAvailable = true; // the firmware's check says yes, but the engine still never uses the ws:// URL
            Assert.AreEqual(Accepted, Change(k, "SecurityProfile", "2"));
            attempts = k.W.Transport.ConnectAttempts;
            k.Run(600000);
            Assert.AreEqual(attempts, k.W.Transport.ConnectAttempts, "no fallback to a lower profile: ws://cs/ocpp is not used");
            Assert.IsTrue(k.W.Cp.BlockedByProfile);
            Assert.IsFalse(k.W.Cp.Configuration.SetLocal("AuthorizationKey", ""), "profile 2 uses Basic auth: the key cannot be cleared");
            k.Reboot();
            Assert.AreEqual(2, k.Security.Profile, "persisted");
            Assert.IsTrue(k.W.Cp.BlockedByProfile, "also after a reboot");
        }

        [TestMethod]
        public void TC_084_Downgrade_security_profile_is_Rejected()
        {
            var k = new SecurityKit(1).Idle();
            Assert.AreEqual(Accepted, Change(k, "AuthorizationKey", Key));
            k.Run(1000); // the new key reconnects
            Assert.AreEqual(Accepted, Change(k, "SecurityProfile", "1"));
            k.Run(1000);
            k.W.Cs.Take();
            Assert.AreEqual(Rejected, Change(k, "SecurityProfile", "0"));
            Assert.AreEqual(Accepted, Change(k, "SecurityProfile", "1"), "the same profile is no change");
            Assert.IsFalse(k.W.Cp.Configuration.SetLocal("SecurityProfile", "0"), "not from the console either");
            k.Run(1000);
            k.Expect(string.Empty);
            Assert.AreEqual(1, k.Security.Profile);
        }

        [TestMethod]
        public void Default_transport_check_is_a_wss_Central_System_url()
        {
            var k = new SecurityKit(1);
            k.UseDefaultCheck = true;
            k.Reboot();
            ChargePoint.Ocpp.OcppChargePoint cp = k.W.Cp;
            Assert.IsTrue(cp.Configuration.SetLocal("AuthorizationKey", Key));
            Assert.IsFalse(cp.Configuration.SetLocal("SecurityProfile", "2"), "ws://cs/ocpp is not TLS");
            Assert.IsFalse(cp.Configuration.SetLocal("SecurityProfile", "3"));
            Assert.IsTrue(cp.Configuration.SetLocal("SecurityProfile", "1"));
            Assert.AreEqual(1, k.Security.Profile);
        }
    }
}
