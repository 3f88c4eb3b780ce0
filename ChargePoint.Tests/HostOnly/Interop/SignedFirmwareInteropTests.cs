using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using nanoFramework.TestFramework;
using static ChargePoint.Tests.HostOnly.Interop.PeerJson;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// SignedUpdateFirmware end to end over wss:// against the ocpp-rpc peer (strict schemas): a manufacturer root,
    /// signing certificates and signatures made by .NET over a real bundle (the bundle command) that the peer serves over
    /// HTTP; the firmware downloads it into its loader's record, verifies it with its own SHA-256 and P-256 code, installs
    /// it into a slot and restarts into it through the host loader.
    /// </summary>
    [TestClass]
    public class SignedFirmwareInteropTests
    {
        private const string Key = "00112233445566778899AABBCCDDEEFF";
        private static readonly TimeSpan Long = TimeSpan.FromSeconds(60);

        [TestMethod]
        public void TC_080_Secure_firmware_update_is_verified_installed_and_reported_after_the_reboot()
        {
            using var pki = new TlsTestPki();
            using var makerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var maker = TlsTestPki.MakeRoot("Maker Root", makerKey);
            using var signerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var rig = Booted(pki);
            using var files = new TempFiles();
            try
            {
                Assert.AreEqual("Accepted", Status(rig.Call("InstallCertificate", Obj("certificateType", "ManufacturerRootCertificate", "certificate", maker.ExportCertificatePem() + "\n"))));
                string signer = Signer(maker, signerKey);
                string bundle = files.Add(HostBundles.Build("0.2.0-signed"));
                string url = rig.Serve("/fw/signed.bundle", bundle);
                string signature = Convert.ToBase64String(signerKey.SignData(System.IO.File.ReadAllBytes(bundle), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("SignedUpdateFirmware", Request(31, url, signer, signature))));
                foreach (string status in new[] { "Downloading", "Downloaded", "SignatureVerified", "Installing" })
                {
                    rig.Peer.WaitFor(e => IsFirmwareStatus(e, status, 31), Long, mark);
                }

                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Installed", 31), Long, mark);
                Assert.AreEqual("0.2.0-signed", rig.Calls("BootNotification", mark)[0].GetProperty("params").GetProperty("firmwareVersion").GetString());
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "FirmwareUpdated"), InteropRig.Wait, mark);
                Assert.AreEqual(0, rig.Calls("FirmwareStatusNotification", mark).Count, "a signed update reports with SignedFirmwareStatusNotification only");
                rig.AssertClean();
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void TC_081_Invalid_signature_and_invalid_signing_certificates_are_refused_and_reported()
        {
            using var pki = new TlsTestPki();
            using var makerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var maker = TlsTestPki.MakeRoot("Maker Root", makerKey);
            using var signerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var rig = Booted(pki);
            using var files = new TempFiles();
            try
            {
                Assert.AreEqual("Accepted", Status(rig.Call("InstallCertificate", Obj("certificateType", "ManufacturerRootCertificate", "certificate", maker.ExportCertificatePem() + "\n"))));
                string signer = Signer(maker, signerKey);
                string bundle = files.Add(HostBundles.Build("0.2.0-tampered"));
                string url = rig.Serve("/fw/tampered.bundle", bundle);

                // An RSA signing certificate (not supported) and one from an unknown root: InvalidCertificate and the event.
                using var rsa = RSA.Create(2048);
                var rsaReq = new CertificateRequest("CN=RSA Signer", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using X509Certificate2 rsaCert = rsaReq.Create(maker.SubjectName, X509SignatureGenerator.CreateForECDsa(makerKey), TlsTestPki.NotBefore, TlsTestPki.NotAfter, new byte[] { 0x33, 1 });
                int mark = rig.Mark;
                Assert.AreEqual("InvalidCertificate", Status(rig.Call("SignedUpdateFirmware", Request(40, url, rsaCert.ExportCertificatePem() + "\n", "AAAA"))));
                var ev = rig.Peer.WaitFor(e => IsSecurityEvent(e, "InvalidFirmwareSigningCertificate"), InteropRig.Wait, mark);
                Assert.IsTrue(ev.GetProperty("params").GetProperty("techInfo").GetString()!.Contains("RSA"), ev.GetRawText());
                using var strangerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                using var stranger = TlsTestPki.MakeRoot("Stranger Root", strangerKey);
                Assert.AreEqual("InvalidCertificate", Status(rig.Call("SignedUpdateFirmware", Request(41, url, Signer(stranger, signerKey), "AAAA"))));

                // A good certificate, but the signature covers another file: downloaded, not installed.
                byte[] other = System.IO.File.ReadAllBytes(bundle);
                other[other.Length / 2] ^= 1;
                string signature = Convert.ToBase64String(signerKey.SignData(other, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("SignedUpdateFirmware", Request(42, url, signer, signature))));
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Downloaded", 42), Long, mark);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "InvalidSignature", 42), InteropRig.Wait, mark);
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "InvalidFirmwareSignature"), InteropRig.Wait, mark);
                Assert.AreEqual(0, rig.Calls("SignedFirmwareStatusNotification", mark).FindAll(e => StatusOf(e) == "Installing").Count, "not installed");
                rig.AssertClean();
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        private static string Signer(X509Certificate2 issuer, ECDsa key)
        {
            var req = new CertificateRequest("CN=Firmware Signer, O=Maker", key, HashAlgorithmName.SHA256);
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            using X509Certificate2 cert = req.Create(issuer, TlsTestPki.NotBefore, TlsTestPki.NotAfter, new byte[] { 0x22, (byte)Environment.TickCount });
            return cert.ExportCertificatePem() + "\n";
        }

        private static Dictionary<string, object?> Request(int requestId, string location, string signingCertificate, string signature)
        {
            return Obj("requestId", requestId, "retries", 1, "retryInterval", 5, "firmware", Obj("location", location,
                "retrieveDateTime", DateTime.UtcNow.AddSeconds(-1).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), "signingCertificate", signingCertificate, "signature", signature));
        }

        private static InteropRig Booted(TlsTestPki pki)
        {
            return InteropRig.Boot(new InteropRig(Key, Key, peerTlsArgs: pki.PeerArgs(), firmwareExtraArgs: pki.FirmwareArgs()));
        }

        private static string? StatusOf(JsonElement e) => e.GetProperty("params").GetProperty("status").GetString();

        private static bool IsFirmwareStatus(JsonElement e, string status, int requestId)
        {
            return NodePeerProcess.Is(e, "call", "SignedFirmwareStatusNotification") && StatusOf(e) == status
                && e.GetProperty("params").TryGetProperty("requestId", out var id) && id.GetInt32() == requestId;
        }
    }
}
