using System;
using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>
    /// A two-level P-256 chain made with OpenSSL 3.0: a self-signed v3 root "Test Root CA" and a v1 charge-point
    /// certificate "CP-0001" it signed.
    /// </summary>
    [TestClass]
    public class X509CertificateTests
    {
        private const string RootCa = "308201a93082014fa00302010202143cdf2a8e4fd48eddb96382a2f2aa440db9194b17300a06082a8648ce3d040302302a3111300f060355040a0c08546573742043504f3115301306035504030c0c5465737420526f6f74204341301e170d3236313230333037323930345a170d3336313133303037323930345a302a3111300f060355040a0c08546573742043504f3115301306035504030c0c5465737420526f6f742043413059301306072a8648ce3d020106082a8648ce3d030107034200042be4416e1cdc1eab8285e67bd332651603a5d15e931753f17cefd34267386679425f27e237d91b550edd6ac182cb2a3bfe903d53a5e4b7634f2f32fef124045ba3533051301d0603551d0e04160414013c3666a383cf2d1f6ff94bf8933a2e46393447301f0603551d23041830168014013c3666a383cf2d1f6ff94bf8933a2e46393447300f0603551d130101ff040530030101ff300a06082a8648ce3d040302034800304502202cb4d90ab86cbcb4a52b1f7028f2c5ca74b46d73f14ab6f4a11349654985091b022100a8a38ad297731a314456483fd0a70f619b0766a256d9ff62643203cc319a9c51";
        private const string ChargePoint = "308201483081f002146350ad699c5c30625f2daa38d8c36d12d5b5d5cd300a06082a8648ce3d040302302a3111300f060355040a0c08546573742043504f3115301306035504030c0c5465737420526f6f74204341301e170d3236313230333037323930345a170d3237313230333037323930345a30253111300f060355040a0c08546573742043504f3110300e06035504030c0743502d303030313059301306072a8648ce3d020106082a8648ce3d030107034200049989f90737c1d9cc81e22265524889a22ae86c3923bb6d4b728c4ad9db3af0fac9dfd806844eb4e02b2e74f91c4623b5138264f7cd021a6e470ac7158b6f69d9300a06082a8648ce3d04030203470030440220476fdbd33100f60a614470ecad42774573d461e574e7e987c521279a2590ab6b022057284d9501d1972149f9ec337b7739f6a878504110ba82eae8931ad4f7bb1bbd";

        [TestMethod]
        public void Fields_of_the_charge_point_certificate()
        {
            X509Certificate c = new X509Certificate(Hex.Decode(ChargePoint));
            Assert.AreEqual(DerReader.Integer, new DerReader(c.TbsBytes).Enter(DerReader.Sequence).PeekTag(), "v1: no [0] version, parsed all the same");
            Assert.AreEqual("6350ad699c5c30625f2daa38d8c36d12d5b5d5cd", Hex.Encode(c.SerialNumber));
            Assert.AreEqual("CP-0001", c.SubjectCommonName);
            Assert.AreEqual("Test Root CA", c.IssuerCommonName);
            Assert.AreEqual("Test CPO", X509Certificate.FindName(c.SubjectDer, DerReader.Organization));
            Assert.AreEqual(new DateTime(2026, 12, 3, 7, 29, 4).Ticks, c.NotBefore.Ticks);
            Assert.AreEqual(new DateTime(2027, 12, 3, 7, 29, 4).Ticks, c.NotAfter.Ticks);
            Assert.AreEqual(65, c.PublicKey!.Length, "id-ecPublicKey on prime256v1");
            Assert.AreEqual(Hex.Encode(c.PublicKeyBits), Hex.Encode(c.PublicKey));
            Assert.AreEqual(DerReader.EcdsaWithSha256, c.SignatureAlgorithm);
            Assert.AreEqual("30440220476fdbd3", Hex.Encode(c.Signature).Substring(0, 16));
            Assert.AreEqual(ChargePoint.Substring(8, 2 * c.TbsBytes.Length), Hex.Encode(c.TbsBytes));
            long inside = new DateTime(2027, 6, 1).Ticks;
            long after = new DateTime(2027, 12, 3, 7, 29, 5).Ticks;
            Assert.IsTrue(inside >= c.NotBefore.Ticks && inside <= c.NotAfter.Ticks);
            Assert.IsTrue(after > c.NotAfter.Ticks);
        }

        [TestMethod]
        public void Chain_verifies_and_the_root_is_self_signed()
        {
            var ecdsa = new Ecdsa();
            X509Certificate root = new X509Certificate(Hex.Decode(RootCa));
            X509Certificate leaf = new X509Certificate(Hex.Decode(ChargePoint));
            DerReader version = new DerReader(root.TbsBytes).Enter(DerReader.Sequence).Enter(DerReader.ContextConstructed);
            Assert.AreEqual("02", Hex.Encode(version.ReadUnsignedInteger(1)), "v3, parsed");
            Assert.AreEqual(new DateTime(2036, 11, 30, 7, 29, 4).Ticks, root.NotAfter.Ticks);
            Assert.IsTrue(leaf.IsSignedBy(root, ecdsa));
            Assert.IsTrue(root.IsSignedBy(root, ecdsa));
            Assert.IsFalse(leaf.IsSignedBy(leaf, ecdsa), "not its own issuer");
            Assert.IsFalse(root.IsSignedBy(leaf, ecdsa), "wrong direction");
        }

        [TestMethod]
        public void A_tampered_certificate_is_refused()
        {
            var ecdsa = new Ecdsa();
            X509Certificate root = new X509Certificate(Hex.Decode(RootCa));
            // "CP-0001" → "CP-0002" in the subject: still well-formed, no longer signed.
            int at = ChargePoint.IndexOf("0743502d30303031");
            string tampered = ChargePoint.Substring(0, at) + "0743502d30303032" + ChargePoint.Substring(at + 16);
            Assert.AreNotEqual(ChargePoint, tampered);
            X509Certificate forged = new X509Certificate(Hex.Decode(tampered));
            Assert.AreEqual("CP-0002", forged.SubjectCommonName);
            Assert.IsFalse(forged.IsSignedBy(root, ecdsa));
        }

        [TestMethod]
        public void Truncated_or_garbage_input_throws()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new X509Certificate(Hex.Decode(ChargePoint.Substring(0, 200))));
            Assert.ThrowsException(typeof(ArgumentException), () => new X509Certificate(Hex.Decode("3000")));
        }
    }
}
