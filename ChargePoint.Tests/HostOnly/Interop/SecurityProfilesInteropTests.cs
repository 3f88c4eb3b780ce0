using System;
using System.Collections.Generic;
using System.Text.Json;
using nanoFramework.TestFramework;
using static ChargePoint.Tests.HostOnly.Interop.PeerJson;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// Security profiles 2 and 3 end to end over a real wss:// connection: the host firmware process against the ocpp-rpc
    /// peer behind a Node https server (strict schemas) that verifies client certificates against the test root. The
    /// certificates are made per test (<see cref="TlsTestPki"/>), including a server certificate from a foreign root, an
    /// expired one and a charge point certificate the Central System does not trust.
    /// </summary>
    [TestClass]
    public class SecurityProfilesInteropTests
    {
        private const string Key = "00112233445566778899AABBCCDDEEFF";

        [TestMethod]
        public void TC_083_TC_085_TC_086_Upgrade_to_profile_2_reconnects_over_TLS_with_Basic_auth()
        {
            using var pki = new TlsTestPki();
            using var rig = Booted(pki, pki.PeerArgs());
            rig.Check(() =>
            {
                var first = rig.WaitForEvent("connected");
                Assert.IsTrue(first.GetProperty("authorization").GetBoolean(), "Basic auth over TLS");
                Raise(rig, 1);
                Raise(rig, 2);
                Assert.AreEqual("2", ConfigValue(rig, "SecurityProfile"));
                Assert.AreEqual("Rejected", rig.ChangeConfiguration("SecurityProfile", "1"), "TC_084: never lowered");
                Assert.AreEqual("Rejected", rig.ChangeConfiguration("SecurityProfile", "3"), "3 needs a charge point certificate");
            });
        }

        [TestMethod]
        public void TC_073_Update_Charge_Point_Password_over_TLS_reconnects_with_the_new_password()
        {
            const string newKey = "FFEEDDCCBBAA99887766554433221100";
            using var pki = new TlsTestPki();
            using var rig = Booted(pki, pki.PeerArgs());
            try
            {
                Raise(rig, 2);
                int reference = rig.Peer.Send(new Dictionary<string, object?> { ["cmd"] = "password", ["value"] = newKey });
                rig.Peer.WaitFor(e => NodePeerProcess.Is(e, "ack") && e.GetProperty("ref").GetInt32() == reference, InteropRig.Wait);
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", rig.ChangeConfiguration("AuthorizationKey", newKey));
                rig.WaitForEvent("disconnected", mark);
                var connected = rig.WaitForEvent("connected", mark);
                Assert.IsTrue(connected.GetProperty("authorization").GetBoolean());
                Assert.IsFalse(HasEvent(rig, "authRejected"), "the new password was accepted at once");
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "ReconfigurationOfSecurityParameters", "AuthorizationKey changed"), InteropRig.Wait, mark);
                rig.AssertClean();
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void TC_086_A_server_certificate_from_a_foreign_root_wrongly_signed_or_expired_is_refused_and_reported()
        {
            using var pki = new TlsTestPki();
            foreach (string[] peer in new[] { pki.PeerArgsFromOtherRoot(), pki.PeerArgsWronglySigned(), pki.PeerArgsExpired() })
            {
                using var rig = new InteropRig(Key, Key, peerTlsArgs: peer, firmwareExtraArgs: pki.FirmwareArgs());
                try
                {
                    string line = rig.Firmware!.WaitForLine("InvalidCentralSystemCertificate", InteropRig.Wait);
                    Assert.IsTrue(line.Contains("not trusted", StringComparison.Ordinal), line);
                    Assert.AreEqual(0, rig.Calls("BootNotification").Count, "no OCPP over an untrusted connection");
                    Assert.IsFalse(rig.Peer.Events.Count > 0 && HasEvent(rig, "connected"));
                }
                catch (Exception)
                {
                    Console.WriteLine(rig.Diagnostics());
                    throw;
                }
            }
        }

        [TestMethod]
        public void TC_087_TC_074_Profile_3_with_the_signed_certificate_then_a_rotated_one_after_reconnect()
        {
            using var pki = new TlsTestPki();
            using var rig = Booted(pki, pki.PeerArgs());
            rig.Check(() =>
            {
                Raise(rig, 2);
                string serial1 = SignedCertificate(rig, pki, null);
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", rig.ChangeConfiguration("SecurityProfile", "3"));
                var connected = rig.WaitForEvent("connected", mark);
                Assert.AreEqual(serial1, ClientSerial(connected), connected.GetRawText());
                Assert.IsFalse(connected.GetProperty("authorization").GetBoolean(), "profile 3: no Basic auth");
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "ReconfigurationOfSecurityParameters", "SecurityProfile=3"), InteropRig.Wait, mark);
                RequireClientCertificate(rig);

                // Rotation: a new certificate is used from the next connection on; the old one until then.
                string serial2 = SignedCertificate(rig, pki, null);
                Assert.AreNotEqual(serial1, serial2);
                mark = rig.Mark;
                rig.CloseConnection(0);
                connected = rig.WaitForEvent("connected", mark);
                Assert.AreEqual(serial2, ClientSerial(connected), connected.GetRawText());
                Assert.AreEqual("3", ConfigValue(rig, "SecurityProfile"), "the session runs on the new certificate");
            });
        }

        [TestMethod]
        public void Profile_3_keeps_the_old_certificate_when_the_Central_System_refuses_the_new_one()
        {
            using var pki = new TlsTestPki();
            using var foreignKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
            using var foreign = TlsTestPki.MakeRoot("Foreign CA", foreignKey);
            using var rig = Booted(pki, pki.PeerArgs());
            rig.Check(() =>
            {
                Raise(rig, 2);
                string serial1 = SignedCertificate(rig, pki, null);
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", rig.ChangeConfiguration("SecurityProfile", "3"));
                Assert.AreEqual(serial1, ClientSerial(rig.WaitForEvent("connected", mark)));
                RequireClientCertificate(rig);

                // The charge point trusts the foreign root (installed), the Central System does not: the new certificate fails.
                Assert.AreEqual("Accepted", rig.InstallCertificate("CentralSystemRootCertificate", foreign));
                string bad = SignedCertificate(rig, pki, foreign);
                mark = rig.Mark;
                rig.CloseConnection(0);
                rig.WaitForEvent("authRejected", mark);
                var connected = rig.WaitForEvent("connected", mark, TimeSpan.FromSeconds(40));
                Assert.AreEqual(serial1, ClientSerial(connected), "fell back to the working certificate");
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "InvalidChargePointCertificate", null), InteropRig.Wait, mark);
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "FailedToAuthenticateAtCentralSystem", null), InteropRig.Wait, mark);

                mark = rig.Mark;
                rig.CloseConnection(0);
                Assert.AreEqual(serial1, ClientSerial(rig.WaitForEvent("connected", mark)), "the refused certificate is gone: " + bad);
            });
        }

        [TestMethod]
        public void Profile_3_falls_back_to_profile_2_when_the_client_certificate_is_refused()
        {
            using var pki = new TlsTestPki();
            using var foreignKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
            using var foreign = TlsTestPki.MakeRoot("Foreign CA", foreignKey);
            using var rig = Booted(pki, pki.PeerArgs());
            rig.Check(() =>
            {
                Raise(rig, 2);
                Assert.AreEqual("Accepted", rig.InstallCertificate("CentralSystemRootCertificate", foreign));
                SignedCertificate(rig, pki, foreign);
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", rig.ChangeConfiguration("SecurityProfile", "3"));
                rig.WaitForEvent("authRejected", mark);
                var connected = rig.WaitForEvent("connected", mark, TimeSpan.FromSeconds(40));
                Assert.IsTrue(connected.GetProperty("authorization").GetBoolean(), "back on profile 2: Basic auth, " + connected.GetRawText());
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "ReconfigurationOfSecurityParameters", "SecurityProfile=2: SecurityProfile 3 failed to connect"), InteropRig.Wait, mark);
                Assert.AreEqual("2", ConfigValue(rig, "SecurityProfile"));
            });
        }

        private static InteropRig Booted(TlsTestPki pki, string[] peerArgs)
        {
            return InteropRig.Boot(new InteropRig(Key, Key, peerTlsArgs: peerArgs, firmwareExtraArgs: pki.FirmwareArgs()));
        }

        /// <summary>ChangeConfiguration(SecurityProfile) Accepted, a reconnect and the event (TC_083).</summary>
        private static void Raise(InteropRig rig, int profile)
        {
            int mark = rig.Mark;
            Assert.AreEqual("Accepted", rig.ChangeConfiguration("SecurityProfile", profile.ToString()));
            rig.WaitForEvent("disconnected", mark);
            rig.WaitForEvent("connected", mark);
            rig.Peer.WaitFor(e => IsSecurityEvent(e, "ReconfigurationOfSecurityParameters", "SecurityProfile=" + profile), InteropRig.Wait, mark);
        }

        /// <summary>TC_074: ExtendedTriggerMessage → SignCertificate (the CSR parsed and checked by .NET) → CertificateSigned Accepted.</summary>
        private static string SignedCertificate(InteropRig rig, TlsTestPki pki, System.Security.Cryptography.X509Certificates.X509Certificate2? issuer)
        {
            int mark = rig.Mark;
            Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "SignChargePointCertificate"))));
            string csr = rig.WaitForCall("SignCertificate", mark).GetProperty("params").GetProperty("csr").GetString()!;
            string chain = pki.Sign(csr, issuer, out string serial);
            Assert.AreEqual("Accepted", Status(rig.Call("CertificateSigned", Obj("certificateChain", chain))));
            return serial;
        }

        private static void RequireClientCertificate(InteropRig rig)
        {
            int reference = rig.Peer.Send(new Dictionary<string, object?> { ["cmd"] = "clientCert", ["required"] = true });
            rig.Peer.WaitFor(e => NodePeerProcess.Is(e, "ack") && e.GetProperty("ref").GetInt32() == reference, InteropRig.Wait);
        }

        private static string? ClientSerial(JsonElement connected)
        {
            return connected.TryGetProperty("clientCert", out var c) && c.ValueKind == JsonValueKind.Object ? c.GetProperty("serial").GetString() : null;
        }

        private static string? ConfigValue(InteropRig rig, string name)
        {
            var conf = rig.Call("GetConfiguration", Obj("key", new[] { name }));
            return conf.GetProperty("result").GetProperty("configurationKey")[0].GetProperty("value").GetString();
        }

        private static bool HasEvent(InteropRig rig, string name)
        {
            foreach (var e in rig.Peer.Events)
            {
                if (NodePeerProcess.Is(e, name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
