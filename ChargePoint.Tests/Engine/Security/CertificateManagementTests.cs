using System;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Tests.Ocpp.Certificates;
using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>
    /// InstallCertificate, GetInstalledCertificateIds and DeleteCertificate (SecWP §4.2–4.3, TC_075–TC_078) with
    /// certificates made by the test; the Central System's clock is 2025-01-01. Hash data is computed here from the
    /// names and keys the test used, not by the code under test.
    /// </summary>
    [TestClass]
    public class CertificateManagementTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";
        private const string Rejected = "{\"status\":\"Rejected\"}";
        private const string NotFound = "{\"status\":\"NotFound\"}";
        private const string Failed = "{\"status\":\"Failed\"}";
        private const string Cs = "CentralSystemRootCertificate";
        private const string Manufacturer = "ManufacturerRootCertificate";

        private static SecurityKit Kit() => new SecurityKit(1, true, true).Idle();

        private static string Install(SecurityKit k, string use, byte[] der) =>
            k.Call("InstallCertificate", "{\"certificateType\":\"" + use + "\",\"certificate\":\"" + TestPki.Json(TestPki.Pem(der)) + "\"}");

        private static string Ids(SecurityKit k, string use) => k.Call("GetInstalledCertificateIds", "{\"certificateType\":\"" + use + "\"}");

        /// <summary>A self-signed root "CN=cn" valid from long ago to far ahead.</summary>
        private static byte[] Root(Ecdsa ecdsa, EcKeyPair key, string cn, int serial) =>
            TestPki.SelfSigned(ecdsa, key, cn, TestPki.LongAgo, TestPki.FarAhead, serial);

        /// <summary>The hash data of a root "CN=cn" with this key and serial, as the whitepaper defines it.</summary>
        private static string Hash(string cn, EcKeyPair key, int serial)
        {
            var d = HashData(cn, key, serial);
            return HashJson(d.IssuerNameHash, d.IssuerKeyHash, d.SerialNumber);
        }

        private static string HashJson(string issuerNameHash, string issuerKeyHash, string serialNumber) =>
            "{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"" + issuerNameHash + "\",\"issuerKeyHash\":\"" + issuerKeyHash +
            "\",\"serialNumber\":\"" + serialNumber + "\"}";

        /// <summary>GetInstalledCertificateIds.conf listing <paramref name="hashes"/> (hash data objects, comma-separated).</summary>
        private static string Listed(string hashes) => "{\"certificateHashData\":[" + hashes + "],\"status\":\"Accepted\"}";

        private static string Delete(SecurityKit k, string hash) => k.Call("DeleteCertificate", "{\"certificateHashData\":" + hash + "}");

        [TestMethod]
        public void TC_075_1_Install_a_ManufacturerRootCertificate_and_list_it()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair key = TestPki.Key(ecdsa, "manufacturer");
            Assert.AreEqual(NotFound, Ids(k, Manufacturer), "nothing installed yet");
            Assert.AreEqual(Accepted, Install(k, Manufacturer, Root(ecdsa, key, "Maker Root", 7)));
            Assert.AreEqual(Listed(Hash("Maker Root", key, 7)), Ids(k, Manufacturer));
            Assert.AreEqual(NotFound, Ids(k, Cs), "listed by its own type only");
            k.Run(1000);
            k.Expect(string.Empty);
        }

        [TestMethod]
        public void TC_075_2_Install_a_CentralSystemRootCertificate_and_list_it()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair a = TestPki.Key(ecdsa, "cs root a");
            EcKeyPair b = TestPki.Key(ecdsa, "cs root b");
            byte[] rootA = Root(ecdsa, a, "CS Root A", 1);
            Assert.AreEqual(Accepted, Install(k, Cs, rootA));
            Assert.AreEqual(Accepted, Install(k, Cs, rootA), "the same certificate again: still one entry");
            Assert.AreEqual(Accepted, Install(k, Cs, Root(ecdsa, b, "CS Root B", 2)));
            Assert.AreEqual(Listed(Hash("CS Root A", a, 1) + "," + Hash("CS Root B", b, 2)), Ids(k, Cs));
            Assert.AreEqual(2, k.Certs.Store.Count);
        }

        [TestMethod]
        public void TC_076_Delete_a_specific_certificate()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair a = TestPki.Key(ecdsa, "cs root a");
            EcKeyPair m = TestPki.Key(ecdsa, "manufacturer");
            Assert.AreEqual(Accepted, Install(k, Cs, Root(ecdsa, a, "CS Root A", 1)));
            Assert.AreEqual(Accepted, Install(k, Manufacturer, Root(ecdsa, m, "Maker Root", 2)));

            string hash = Hash("Maker Root", m, 2);
            var upper = HashData("Maker Root", m, 2);
            string upperHash = HashJson(upper.IssuerNameHash.ToUpper(), upper.IssuerKeyHash.ToUpper(), "0" + upper.SerialNumber.ToUpper());
            Assert.AreEqual(Accepted, Delete(k, upperHash), "upper-case hex and a leading zero match too");
            Assert.AreEqual(NotFound, Ids(k, Manufacturer));
            Assert.AreEqual(NotFound, Delete(k, hash), "already gone");
            Assert.AreEqual(NotFound, Delete(k, Hash("CS Root A", a, 3)), "another serial number");
            Assert.AreEqual(Listed(Hash("CS Root A", a, 1)), Ids(k, Cs));
            k.Reboot();
            k.Idle();
            Assert.AreEqual(NotFound, Ids(k, Manufacturer), "the deletion was persisted");
            Assert.AreEqual(1, k.Certs.Store.Count);
        }

        [TestMethod]
        public void TC_078_Invalid_CentralSystemCertificate_is_Rejected_with_a_security_event()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair key = TestPki.Key(ecdsa, "cs root");
            EcKeyPair other = TestPki.Key(ecdsa, "someone else");
            byte[] expired = TestPki.SelfSigned(ecdsa, key, "CS Root", TestPki.LongAgo, new DateTime(2024, 6, 1, 0, 0, 0), 1);
            byte[] forged = TestPki.Issue(ecdsa, other, "CS Root", key.PublicKey, "CS Root", null, TestPki.LongAgo, TestPki.FarAhead, 2);
            byte[] future = TestPki.SelfSigned(ecdsa, key, "CS Root", new DateTime(2030, 1, 1, 0, 0, 0), TestPki.FarAhead, 3);

            Assert.AreEqual(Rejected, Install(k, Cs, expired));
            Assert.AreEqual(Rejected, Install(k, Cs, forged), "the self-signature does not verify");
            Assert.AreEqual(Rejected, Install(k, Cs, future), "not valid yet");
            Assert.AreEqual(Rejected, k.Call("InstallCertificate", "{\"certificateType\":\"CentralSystemRootCertificate\",\"certificate\":\"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\\n\"}"));
            Assert.AreEqual(Rejected, Install(k, Manufacturer, expired), "a bad manufacturer root is no CS certificate event");
            Assert.AreEqual(NotFound, Ids(k, Cs));
            k.Run(1000);
            string frames = k.W.Cs.Take();
            Assert.AreEqual(4, Count(frames, "SecurityEventNotification {\"type\":\"InvalidCentralSystemCertificate\""), frames);
            Assert.Contains("\"techInfo\":\"expired\"", frames);
            Assert.Contains("\"techInfo\":\"bad self-signature\"", frames);
            Assert.Contains("\"techInfo\":\"not yet valid\"", frames);
            Assert.Contains("\"techInfo\":\"not PEM X.509\"", frames);
        }

        [TestMethod]
        public void InstallCertificate_into_a_full_store_is_Rejected()
        {
            var k = new SecurityKit(1, true, true);
            k.StoreCapacity = 2;
            k.Reboot();
            k.Idle();
            var ecdsa = new Ecdsa();
            Assert.AreEqual("{\"configurationKey\":[{\"key\":\"CertificateStoreMaxLength\",\"readonly\":true,\"value\":\"2\"}]}",
                k.Call("GetConfiguration", "{\"key\":[\"CertificateStoreMaxLength\"]}"));
            Assert.AreEqual(Accepted, Install(k, Cs, Root(ecdsa, TestPki.Key(ecdsa, "1"), "Root 1", 1)));
            Assert.AreEqual(Accepted, Install(k, Manufacturer, Root(ecdsa, TestPki.Key(ecdsa, "2"), "Root 2", 2)));
            Assert.AreEqual(Rejected, Install(k, Cs, Root(ecdsa, TestPki.Key(ecdsa, "3"), "Root 3", 3)));
            Assert.AreEqual(2, k.Certs.Store.Count);
            k.Run(1000);
            k.Expect(string.Empty); // a full store is no security event
        }

        [TestMethod]
        public void DeleteCertificate_keeps_the_last_CentralSystemRootCertificate_from_SecurityProfile_2()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair a = TestPki.Key(ecdsa, "cs root a");
            EcKeyPair b = TestPki.Key(ecdsa, "cs root b");
            Assert.AreEqual(Accepted, Install(k, Cs, Root(ecdsa, a, "CS Root A", 1)));
            Assert.AreEqual(Accepted, Install(k, Cs, Root(ecdsa, b, "CS Root B", 2)));
            k.TlsAvailable = true;
            Assert.IsTrue(k.W.Cp.Configuration.SetLocal("AuthorizationKey", "00112233445566778899AABBCCDDEEFF"));
            Assert.IsTrue(k.W.Cp.Configuration.SetLocal("SecurityProfile", "2"));

            // The ws:// connection is gone with profile 2 (RequireTls): the handler's service answers directly.
            Assert.AreEqual("Accepted", k.Certs.Delete(HashData("CS Root A", a, 1)));
            Assert.AreEqual("Failed", k.Certs.Delete(HashData("CS Root B", b, 2)), "the connection needs it");
            Assert.AreEqual(1, k.Certs.Store.Count);
        }

        [TestMethod]
        public void Installed_certificates_survive_a_reboot_and_a_corrupt_entry_is_dropped_with_a_warning()
        {
            var k = Kit();
            var ecdsa = new Ecdsa();
            EcKeyPair a = TestPki.Key(ecdsa, "cs root a");
            EcKeyPair m = TestPki.Key(ecdsa, "manufacturer");
            Assert.AreEqual(Accepted, Install(k, Cs, Root(ecdsa, a, "CS Root A", 1)));
            Assert.AreEqual(Accepted, Install(k, Manufacturer, Root(ecdsa, m, "Maker Root", 2)));
            k.Reboot();
            k.Idle();
            Assert.AreEqual(Listed(Hash("CS Root A", a, 1)), Ids(k, Cs));
            Assert.AreEqual(Listed(Hash("Maker Root", m, 2)), Ids(k, Manufacturer));

            // Flip one base64 character of the second entry: its check fails, the first one stays.
            byte[] record = k.W.Storage.Read(CertificateStore.RecordName)!;
            int at = record.Length - 10;
            record[at] = (byte)(record[at] == (byte)'A' ? 'B' : 'A');
            k.W.Storage.Write(CertificateStore.RecordName, record);
            var log = new ListLog();
            var store = new CertificateStore(k.W.Storage, 4, log);
            Assert.AreEqual(1, store.Count);
            Assert.AreEqual(Cs, store.At(0).Use);
            Assert.AreEqual(1, log.Lines.Count);
            Assert.AreEqual("sec.certs: line 2 corrupt", (string)log.Lines[0]!);

            k.W.Storage.Write(CertificateStore.RecordName, new byte[] { 0xFF, 0x00, 0x09, 0x0A, 0xC3 });
            var garbage = new CertificateStore(k.W.Storage, 4, log);
            Assert.AreEqual(0, garbage.Count, "garbage: an empty store, no exception");
        }

        internal static ChargePoint.Ocpp.Messages.V16.DataTypes.CertificateHashDataType HashData(string cn, EcKeyPair key, int serial)
        {
            return new ChargePoint.Ocpp.Messages.V16.DataTypes.CertificateHashDataType("SHA256", Hex.Encode(Sha256.Hash(TestPki.Name(null, cn))),
                Hex.Encode(Sha256.Hash(key.PublicKey)), "10" + Hex.Encode(new byte[] { (byte)(serial >> 8), (byte)serial }));
        }

        internal static int Count(string text, string part)
        {
            int n = 0;
            int at = text.IndexOf(part);
            while (at >= 0)
            {
                n++;
                at = text.IndexOf(part, at + part.Length);
            }

            return n;
        }
    }
}
