using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using nanoFramework.TestFramework;
using static ChargePoint.Tests.HostOnly.Interop.PeerJson;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// The implemented part of the OCPP 1.6 Security Whitepaper between the host firmware process and the independent
    /// ocpp-rpc peer in strict mode (the peer's 1.6 schemas include the whitepaper's messages): SecurityEventNotification,
    /// SecurityProfile, ExtendedTriggerMessage and GetLog. Each test ends by asserting zero schema violations.
    /// </summary>
    [TestClass]
    public class SecurityInteropTests
    {
        private const string Key = "00112233445566778899AABBCCDDEEFF";

        [TestMethod]
        public void StartupOfTheDevice_is_reported_after_the_boot()
        {
            using var rig = Booted(null);
            rig.Check(() =>
            {
                var ev = rig.Peer.WaitFor(e => IsSecurityEvent(e, "StartupOfTheDevice"), InteropRig.Wait);
                Assert.IsTrue(ev.GetProperty("params").GetProperty("timestamp").GetString()!.EndsWith("Z"));
            });
        }

        [TestMethod]
        public void SecurityProfile_is_raised_with_a_reconnect_and_never_lowered()
        {
            using var rig = Booted(Key);
            rig.Check(() =>
            {
                Assert.AreEqual("Rejected", rig.ChangeConfiguration("SecurityProfile", "2"), "ws:// is not TLS");
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", rig.ChangeConfiguration("SecurityProfile", "1"));
                rig.WaitForEvent("disconnected", mark);
                rig.WaitForEvent("connected", mark);
                var ev = rig.Peer.WaitFor(e => IsSecurityEvent(e, "ReconfigurationOfSecurityParameters") &&
                    e.GetProperty("params").GetProperty("techInfo").GetString() == "SecurityProfile=1", InteropRig.Wait, mark);
                Assert.IsNotNull(ev.GetProperty("params").GetProperty("timestamp").GetString());

                Assert.AreEqual("Rejected", rig.ChangeConfiguration("SecurityProfile", "0"));
                var conf = rig.Call("GetConfiguration", Obj("key", new[] { "SecurityProfile" }));
                Assert.AreEqual("1", conf.GetProperty("result").GetProperty("configurationKey")[0].GetProperty("value").GetString());
            });
        }

        [TestMethod]
        public void ExtendedTriggerMessage_sends_the_requested_messages()
        {
            using var rig = Booted(null);
            rig.Check(() =>
            {
                int mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "StatusNotification", "connectorId", 1))));
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait, mark);

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "Heartbeat"))));
                rig.WaitForCall("Heartbeat", mark);

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "MeterValues", "connectorId", 1))));
                rig.WaitForCall("MeterValues", mark);

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "LogStatusNotification"))));
                Assert.AreEqual("Idle", rig.WaitForCall("LogStatusNotification", mark).GetProperty("params").GetProperty("status").GetString());

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "FirmwareStatusNotification"))));
                Assert.AreEqual("Idle", rig.WaitForCall("SignedFirmwareStatusNotification", mark).GetProperty("params").GetProperty("status").GetString());

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "SignChargePointCertificate"))));
                Assert.IsTrue(rig.WaitForCall("SignCertificate", mark).GetProperty("params").GetProperty("csr").GetString()!.StartsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
                Assert.AreEqual("Rejected", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "BootNotification"))));
            });
        }

        [TestMethod]
        public void GetLog_security_log_reports_Uploading_then_Uploaded()
        {
            using var rig = Booted(null);
            rig.Check(() =>
            {
                int mark = rig.Mark;
                var log = rig.Call("GetLog", Obj("log", Obj("remoteLocation", rig.FilesUrl + "/upload"), "logType", "SecurityLog", "requestId", 17));
                Assert.AreEqual("Accepted", Status(log), log.GetRawText());
                Assert.AreEqual("security-log.txt", log.GetProperty("result").GetProperty("filename").GetString());
                rig.Peer.WaitFor(e => IsLogStatus(e, "Uploading", 17), InteropRig.Wait, mark);
                rig.Peer.WaitFor(e => IsLogStatus(e, "Uploaded", 17), InteropRig.Wait, mark);
                var upload = rig.Peer.WaitFor(e => NodePeerProcess.Is(e, "upload"), InteropRig.Wait, mark);
                Assert.AreEqual("/upload/security-log.txt", upload.GetProperty("path").GetString());
                Assert.IsTrue(upload.GetProperty("bytes").GetInt32() > 0, upload.GetRawText());
            });
        }

        [TestMethod]
        public void TC_075_TC_076_TC_074_Install_list_sign_and_delete_certificates()
        {
            using var rig = Booted(null);
            rig.Check(() =>
            {
                var notBefore = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                var notAfter = new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var rootReq = new CertificateRequest("CN=Interop CSMS Root, O=Interop CPO", caKey, HashAlgorithmName.SHA256);
                rootReq.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
                using X509Certificate2 root = rootReq.CreateSelfSigned(notBefore, notAfter);
                Assert.AreEqual("Accepted", rig.InstallCertificate("CentralSystemRootCertificate", root));

                var ids = rig.Call("GetInstalledCertificateIds", Obj("certificateType", "CentralSystemRootCertificate"));
                Assert.AreEqual("Accepted", Status(ids), ids.GetRawText());
                JsonElement hash = ids.GetProperty("result").GetProperty("certificateHashData")[0];
                Assert.AreEqual("SHA256", hash.GetProperty("hashAlgorithm").GetString());
                Assert.AreEqual(Convert.ToHexString(SHA256.HashData(root.IssuerName.RawData)).ToLowerInvariant(), hash.GetProperty("issuerNameHash").GetString());
                Assert.AreEqual(Convert.ToHexString(SHA256.HashData(root.PublicKey.EncodedKeyValue.RawData)).ToLowerInvariant(), hash.GetProperty("issuerKeyHash").GetString());
                Assert.AreEqual(root.SerialNumber.TrimStart('0').ToLowerInvariant(), hash.GetProperty("serialNumber").GetString()!.TrimStart('0'));
                Assert.AreEqual("NotFound", Status(rig.Call("GetInstalledCertificateIds", Obj("certificateType", "ManufacturerRootCertificate"))));

                int mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("ExtendedTriggerMessage", Obj("requestedMessage", "SignChargePointCertificate"))));
                string csrPem = rig.WaitForCall("SignCertificate", mark).GetProperty("params").GetProperty("csr").GetString()!;
                CertificateRequest csr = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256);
                Assert.IsTrue(csr.SubjectName.Name.StartsWith("CN=CP_1"), csr.SubjectName.Name);
                using X509Certificate2 leaf = csr.Create(root, notBefore, notAfter, new byte[] { 0x11, 0x22 });
                Assert.AreEqual("Accepted", Status(rig.Call("CertificateSigned", Obj("certificateChain", leaf.ExportCertificatePem() + "\n"))));

                var hashData = Obj("hashAlgorithm", "SHA256", "issuerNameHash", hash.GetProperty("issuerNameHash").GetString(),
                    "issuerKeyHash", hash.GetProperty("issuerKeyHash").GetString(), "serialNumber", hash.GetProperty("serialNumber").GetString());
                Assert.AreEqual("Accepted", Status(rig.Call("DeleteCertificate", Obj("certificateHashData", hashData))));
                Assert.AreEqual("NotFound", Status(rig.Call("DeleteCertificate", Obj("certificateHashData", hashData))));
                Assert.AreEqual("NotFound", Status(rig.Call("GetInstalledCertificateIds", Obj("certificateType", "CentralSystemRootCertificate"))));
            });
        }

        private static InteropRig Booted(string? password)
        {
            return InteropRig.Boot(new InteropRig(password, password));
        }

        private static bool IsLogStatus(JsonElement e, string status, int requestId)
        {
            if (!NodePeerProcess.Is(e, "call", "LogStatusNotification"))
            {
                return false;
            }

            var p = e.GetProperty("params");
            return p.GetProperty("status").GetString() == status && p.GetProperty("requestId").GetInt32() == requestId;
        }
    }
}
