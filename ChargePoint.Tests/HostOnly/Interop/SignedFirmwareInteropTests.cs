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
            using var maker = new Maker();
            using var rig = Booted(maker.Pki);
            using var files = new TempFiles();
            rig.Check(() =>
            {
                Assert.AreEqual("Accepted", rig.InstallCertificate("ManufacturerRootCertificate", maker.Root));
                string bundle = files.Add(HostBundles.Build("0.2.0-signed"));
                string url = rig.Serve("/fw/signed.bundle", bundle);
                string signature = Convert.ToBase64String(maker.SignerKey.SignData(System.IO.File.ReadAllBytes(bundle), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("SignedUpdateFirmware", Request(31, url, maker.Signer, signature))));
                foreach (string status in new[] { "Downloading", "Downloaded", "SignatureVerified", "Installing" })
                {
                    rig.Peer.WaitFor(e => IsFirmwareStatus(e, status, 31), Long, mark);
                }

                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Installed", 31), Long, mark);
                Assert.AreEqual("0.2.0-signed", rig.Calls("BootNotification", mark)[0].GetProperty("params").GetProperty("firmwareVersion").GetString());
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "FirmwareUpdated"), InteropRig.Wait, mark);
                Assert.AreEqual(0, rig.Calls("FirmwareStatusNotification", mark).Count, "a signed update reports with SignedFirmwareStatusNotification only");
            });
        }

        [TestMethod]
        public void TC_081_Invalid_signature_and_invalid_signing_certificates_are_refused_and_reported()
        {
            using var maker = new Maker();
            using var rig = Booted(maker.Pki);
            using var files = new TempFiles();
            rig.Check(() =>
            {
                Assert.AreEqual("Accepted", rig.InstallCertificate("ManufacturerRootCertificate", maker.Root));
                string bundle = files.Add(HostBundles.Build("0.2.0-tampered"));
                string url = rig.Serve("/fw/tampered.bundle", bundle);

                // An RSA signing certificate (not supported) and one from an unknown root: InvalidCertificate and the event.
                using var rsa = RSA.Create(2048);
                var rsaReq = new CertificateRequest("CN=RSA Signer", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using X509Certificate2 rsaCert = rsaReq.Create(maker.Root.SubjectName, X509SignatureGenerator.CreateForECDsa(maker.RootKey), TlsTestPki.NotBefore, TlsTestPki.NotAfter, new byte[] { 0x33, 1 });
                int mark = rig.Mark;
                Assert.AreEqual("InvalidCertificate", Status(rig.Call("SignedUpdateFirmware", Request(40, url, rsaCert.ExportCertificatePem() + "\n", "AAAA"))));
                var ev = rig.Peer.WaitFor(e => IsSecurityEvent(e, "InvalidFirmwareSigningCertificate"), InteropRig.Wait, mark);
                Assert.IsTrue(ev.GetProperty("params").GetProperty("techInfo").GetString()!.Contains("RSA"), ev.GetRawText());
                using var strangerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                using var stranger = TlsTestPki.MakeRoot("Stranger Root", strangerKey);
                Assert.AreEqual("InvalidCertificate", Status(rig.Call("SignedUpdateFirmware", Request(41, url, SignerPem(stranger, maker.SignerKey), "AAAA"))));

                // A good certificate, but the signature covers another file: downloaded, not installed.
                byte[] other = System.IO.File.ReadAllBytes(bundle);
                other[other.Length / 2] ^= 1;
                string signature = Convert.ToBase64String(maker.SignerKey.SignData(other, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("SignedUpdateFirmware", Request(42, url, maker.Signer, signature))));
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Downloaded", 42), Long, mark);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "InvalidSignature", 42), InteropRig.Wait, mark);
                rig.Peer.WaitFor(e => IsSecurityEvent(e, "InvalidFirmwareSignature"), InteropRig.Wait, mark);
                Assert.AreEqual(0, rig.Calls("SignedFirmwareStatusNotification", mark).FindAll(e => StatusOf(e) == "Installing").Count, "not installed");
            });
        }

        /// <summary>The test's manufacturer: a TLS test PKI for the wss:// rig, a manufacturer root and a firmware signing key under it.</summary>
        private sealed class Maker : IDisposable
        {
            public readonly TlsTestPki Pki = new TlsTestPki();
            public readonly ECDsa RootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            public readonly ECDsa SignerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            public readonly X509Certificate2 Root;

            /// <summary>The signing certificate (PEM) for <see cref="SignerKey"/>, issued by <see cref="Root"/>.</summary>
            public readonly string Signer;

            public Maker()
            {
                Root = TlsTestPki.MakeRoot("Maker Root", RootKey);
                Signer = SignerPem(Root, SignerKey);
            }

            public void Dispose()
            {
                Root.Dispose();
                SignerKey.Dispose();
                RootKey.Dispose();
                Pki.Dispose();
            }
        }

        private static string SignerPem(X509Certificate2 issuer, ECDsa key)
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
