using System;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Tests.Ocpp.Certificates;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>
    /// SignedUpdateFirmware (SecWP §5, TC_080/TC_081) with a manufacturer root, signing certificate and signature made
    /// by the test over the bytes the simulated download delivers. The statuses are asserted frame by frame.
    /// </summary>
    [TestClass]
    public class SignedFirmwareTests
    {
        private const string Location = "https://fw.example/cp-2.0.bin";

        [TestMethod]
        public void TC_080_Secure_firmware_update_is_verified_installed_and_reported_after_the_reboot()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair signer = Provision(k, ecdsa, out string signerPem);
            k.Updater.Image = Image(3000);
            string signature = Convert.ToBase64String(Ecdsa.ToDer(ecdsa.Sign(signer.PrivateKey, Sha256.Hash(k.Updater.Image))));

            Assert.AreEqual("{\"status\":\"Accepted\"}", Request(k, 42, signerPem, signature, k.T(3000)));
            Run(k, 60000);
            Assert.AreEqual(1, k.W.Hooks.Resets, "rebooted into the new image");
            Assert.AreEqual(1, k.Updater.Installs);
            string frames = k.W.Cs.Take();
            AssertStatuses(k, frames, new[] { "DownloadScheduled", "Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting" });

            k.Reboot();
            k.Run(3000);
            frames = k.W.Cs.Take();
            Assert.Contains("SignedFirmwareStatusNotification {\"status\":\"Installed\",\"requestId\":42}", frames);
            Assert.Contains("\"type\":\"FirmwareUpdated\"", frames);
            Assert.AreEqual(-1, k.Signed.ActiveRequestId, "the update is over once Installed is confirmed");
        }

        [TestMethod]
        public void TC_081_Secure_firmware_update_with_an_invalid_signature_is_not_installed()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair signer = Provision(k, ecdsa, out string signerPem);
            k.Updater.Image = Image(5000);
            byte[] other = Image(5000);
            other[4321] ^= 1; // the signature covers a different file
            string signature = Convert.ToBase64String(Ecdsa.ToDer(ecdsa.Sign(signer.PrivateKey, Sha256.Hash(other))));

            Assert.AreEqual("{\"status\":\"Accepted\"}", Request(k, 7, signerPem, signature, k.T(0)));
            Run(k, 60000);
            Assert.AreEqual(0, k.W.Hooks.Resets);
            Assert.AreEqual(0, k.Updater.Installs, "not installed");
            string frames = k.W.Cs.Take();
            AssertStatuses(k, frames, new[] { "Downloading", "Downloaded", "InvalidSignature" }, 7);
            Assert.Contains("\"type\":\"InvalidFirmwareSignature\"", frames);
            Assert.AreEqual("Idle", k.Fm.Status);
        }

        [TestMethod]
        public void A_signing_certificate_not_from_an_installed_manufacturer_root_is_InvalidCertificate_and_an_event()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            Provision(k, ecdsa, out _);
            EcKeyPair stranger = TestPki.Key(ecdsa, "stranger root");
            EcKeyPair signer = TestPki.Key(ecdsa, "stranger signer");
            string pem = TestPki.Pem(TestPki.Issue(ecdsa, stranger, "Stranger Root", signer.PublicKey, "Stranger Signer", null, TestPki.LongAgo, TestPki.FarAhead, 9));
            string signature = Convert.ToBase64String(Ecdsa.ToDer(ecdsa.Sign(signer.PrivateKey, Sha256.Hash(Image(100)))));

            Assert.AreEqual("{\"status\":\"InvalidCertificate\"}", Request(k, 8, pem, signature, k.T(0)));
            Run(k, 20000);
            Assert.AreEqual(0, k.Updater.Downloads, "nothing downloaded");
            string frames = k.W.Cs.Take();
            Assert.Contains("SecurityEventNotification {\"type\":\"InvalidFirmwareSigningCertificate\"", frames);
            Assert.Contains("no installed ManufacturerRootCertificate signed it", frames);
            Assert.IsFalse(frames.IndexOf("SignedFirmwareStatusNotification") >= 0, frames);
        }

        [TestMethod]
        public void An_expired_signing_certificate_is_InvalidCertificate()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            Provision(k, ecdsa, out _);
            EcKeyPair maker = TestPki.Key(ecdsa, "maker root");
            EcKeyPair signer = TestPki.Key(ecdsa, "old signer");
            string pem = TestPki.Pem(TestPki.Issue(ecdsa, maker, "Maker Root", signer.PublicKey, "Old Signer", null, TestPki.LongAgo, new DateTime(2024, 6, 1, 0, 0, 0), 10));
            Assert.AreEqual("{\"status\":\"InvalidCertificate\"}", Request(k, 9, pem, "AAAA", k.T(0)));
            k.Run(2000);
            Assert.Contains("SecurityEventNotification {\"type\":\"InvalidFirmwareSigningCertificate\"", k.W.Cs.Take());
            Assert.AreEqual(0, k.Updater.Downloads);
        }

        [TestMethod]
        public void Plain_UpdateFirmware_is_refused_with_SecurityError_when_signing_is_required()
        {
            var k = Kit();
            string update = "{\"location\":\"http://fw.example/plain.bin\",\"retrieveDate\":\"" + k.T(0) + "\"}";
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("ChangeConfiguration", "{\"key\":\"FirmwareSigningRequired\",\"value\":\"true\"}"));
            string answer = k.Call("UpdateFirmware", update);
            Assert.IsTrue(answer.StartsWith("\"SecurityError\""), answer);
            Run(k, 20000);
            Assert.AreEqual(0, k.Updater.Downloads);

            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("ChangeConfiguration", "{\"key\":\"FirmwareSigningRequired\",\"value\":\"false\"}"));
            Assert.AreEqual("{}", k.Call("UpdateFirmware", update));
            k.Run(15000);
            Assert.Contains("FirmwareStatusNotification {\"status\":\"Downloaded\"}", k.W.Cs.Take());
        }

        [TestMethod]
        public void A_signed_update_survives_a_reboot_during_the_download()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair signer = Provision(k, ecdsa, out string signerPem);
            k.Updater.Image = Image(2000);
            string signature = Convert.ToBase64String(Ecdsa.ToDer(ecdsa.Sign(signer.PrivateKey, Sha256.Hash(k.Updater.Image))));
            Assert.AreEqual("{\"status\":\"Accepted\"}", Request(k, 11, signerPem, signature, k.T(0)));
            k.Run(3000);
            k.Reboot();
            Run(k, 60000);
            Assert.AreEqual(1, k.W.Hooks.Resets);
            string frames = k.W.Cs.Take();
            Assert.Contains("SignedFirmwareStatusNotification {\"status\":\"SignatureVerified\",\"requestId\":11}", frames);
        }

        [TestMethod]
        public void ExtendedTriggerMessage_FirmwareStatusNotification_carries_the_requestId_of_the_signed_update()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair signer = Provision(k, ecdsa, out string signerPem);
            string signature = Convert.ToBase64String(Ecdsa.ToDer(ecdsa.Sign(signer.PrivateKey, Sha256.Hash(Image(10)))));
            Assert.AreEqual("{\"status\":\"Accepted\"}", Request(k, 5, signerPem, signature, k.T(3600000)));
            k.Run(1000);
            k.W.Cs.Take();
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
            k.Run(1000);
            Assert.Contains("SignedFirmwareStatusNotification {\"status\":\"DownloadScheduled\",\"requestId\":5}", k.W.Cs.Take());

            Assert.AreEqual("{}", k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/plain.bin\",\"retrieveDate\":\"" + k.T(3600000) + "\"}"));
            Assert.AreEqual(-1, k.Signed.ActiveRequestId, "a plain update replaces the signed one");
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("ExtendedTriggerMessage", "{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
            k.Run(1000);
            Assert.Contains("SignedFirmwareStatusNotification {\"status\":\"Idle\"}", k.W.Cs.Take());
        }

        private static SecurityKit Kit() => new SecurityKit(1, true, true).Idle();

        /// <summary>Installs a manufacturer root and returns a signing key with its certificate (PEM) issued by it.</summary>
        private static EcKeyPair Provision(SecurityKit k, Ecdsa ecdsa, out string signerPem)
        {
            EcKeyPair maker = TestPki.Key(ecdsa, "maker root");
            byte[] root = TestPki.SelfSigned(ecdsa, maker, "Maker Root", TestPki.LongAgo, TestPki.FarAhead, 1);
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("InstallCertificate",
                "{\"certificateType\":\"ManufacturerRootCertificate\",\"certificate\":\"" + TestPki.Json(TestPki.Pem(root)) + "\"}"));
            EcKeyPair signer = TestPki.Key(ecdsa, "firmware signer");
            signerPem = TestPki.Pem(TestPki.Issue(ecdsa, maker, "Maker Root", signer.PublicKey, "Firmware Signer", "Maker", TestPki.LongAgo, TestPki.FarAhead, 2));
            return signer;
        }

        private static string Request(SecurityKit k, int requestId, string signerPem, string signature, string retrieve)
        {
            return k.Call("SignedUpdateFirmware", "{\"requestId\":" + requestId.ToString() + ",\"firmware\":{\"location\":\"" + Location + "\",\"retrieveDateTime\":\"" + retrieve +
                "\",\"signingCertificate\":\"" + TestPki.Json(signerPem) + "\",\"signature\":\"" + signature + "\"}}");
        }

        private static byte[] Image(int length)
        {
            var image = new byte[length];
            for (int i = 0; i < length; i++)
            {
                image[i] = (byte)(i * 7 + 3);
            }

            return image;
        }

        private static void Run(SecurityKit k, long maxMs)
        {
            long end = k.W.Now + maxMs;
            while (k.W.Hooks.Resets == 0 && k.W.Now < end)
            {
                k.Run(100);
            }
        }

        /// <summary>The SignedFirmwareStatusNotification frames, in order, are exactly these statuses with the requestId; no plain FirmwareStatusNotification.</summary>
        private static void AssertStatuses(SecurityKit k, string frames, string[] statuses, int requestId = 42)
        {
            var expected = new System.Text.StringBuilder();
            var actual = new System.Text.StringBuilder();
            foreach (string s in statuses)
            {
                expected.Append("SignedFirmwareStatusNotification {\"status\":\"" + s + "\",\"requestId\":" + requestId.ToString() + "}\n");
            }

            string[] lines = frames.Split(new char[] { '\n' });
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.IsFalse(lines[i].StartsWith("FirmwareStatusNotification "), lines[i]);
                if (lines[i].StartsWith("SignedFirmwareStatusNotification "))
                {
                    actual.Append(lines[i]).Append('\n');
                }
            }

            Assert.AreEqual(expected.ToString(), actual.ToString(), frames);
        }
    }
}
