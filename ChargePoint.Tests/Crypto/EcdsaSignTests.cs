using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>ECDSA P-256 / SHA-256 signing against RFC 6979 A.2.5 (deterministic k, so r and s are fixed).</summary>
    [TestClass]
    public class EcdsaSignTests
    {
        [TestMethod]
        public void Public_key_of_the_RFC_6979_private_key()
        {
            var ecdsa = new Ecdsa();
            Assert.AreEqual(Rfc6979Vectors.PublicKey, Hex.Encode(ecdsa.DerivePublicKey(Hex.Decode(Rfc6979Vectors.PrivateKey))));
        }

        [TestMethod]
        public void Signature_of_sample_matches_RFC_6979_and_verifies()
        {
            var ecdsa = new Ecdsa();
            byte[] hash = Sha256.Hash(TestBytes.Ascii("sample"));
            byte[] sig = ecdsa.Sign(Hex.Decode(Rfc6979Vectors.PrivateKey), hash);
            Assert.AreEqual(Rfc6979Vectors.SampleR + Rfc6979Vectors.SampleS, Hex.Encode(sig));
            Assert.IsTrue(ecdsa.Verify(Hex.Decode(Rfc6979Vectors.PublicKey), hash, sig));
        }

        [TestMethod]
        public void Signature_of_test_matches_RFC_6979_and_verifies_with_x_and_y()
        {
            var ecdsa = new Ecdsa();
            byte[] hash = Sha256.Hash(TestBytes.Ascii("test"));
            byte[] sig = ecdsa.Sign(Hex.Decode(Rfc6979Vectors.PrivateKey), hash);
            Assert.AreEqual(Rfc6979Vectors.TestR + Rfc6979Vectors.TestS, Hex.Encode(sig));
            Assert.IsTrue(ecdsa.Verify(
                Hex.Decode("04" + Rfc6979Vectors.PublicX + Rfc6979Vectors.PublicY), hash,
                Hex.Decode(Rfc6979Vectors.TestR + Rfc6979Vectors.TestS)));
        }

        [TestMethod]
        public void A_signature_does_not_verify_for_another_message()
        {
            var ecdsa = new Ecdsa();
            byte[] sig = Hex.Decode(Rfc6979Vectors.SampleR + Rfc6979Vectors.SampleS);
            Assert.IsFalse(ecdsa.Verify(Hex.Decode(Rfc6979Vectors.PublicKey), Sha256.Hash(TestBytes.Ascii("test")), sig));
        }

        [TestMethod]
        public void Der_signature_round_trips_and_verifies()
        {
            var ecdsa = new Ecdsa();
            byte[] hash = Sha256.Hash(TestBytes.Ascii("test"));
            byte[] der = Ecdsa.ToDer(ecdsa.Sign(Hex.Decode(Rfc6979Vectors.PrivateKey), hash));
            // s starts with 0x01: no padding octet, r starts with 0xf1: one padding octet.
            Assert.AreEqual("3045022100" + Rfc6979Vectors.TestR + "0220" + Rfc6979Vectors.TestS, Hex.Encode(der));
            Assert.IsTrue(ecdsa.Verify(Hex.Decode(Rfc6979Vectors.PublicKey), hash, Ecdsa.FromDer(der)));
        }

        [TestMethod]
        public void Private_keys_out_of_range_are_refused()
        {
            var ecdsa = new Ecdsa();
            byte[] hash = Sha256.Hash(TestBytes.Ascii("sample"));
            Assert.ThrowsException(typeof(System.ArgumentException), () => ecdsa.Sign(new byte[32], hash));
            Assert.ThrowsException(typeof(System.ArgumentException), () => ecdsa.Sign(Hex.Decode(Rfc6979Vectors.Order), hash));
            Assert.ThrowsException(typeof(System.ArgumentException), () => ecdsa.DerivePublicKey(new byte[31]));
        }

        [TestMethod]
        public void Counters_report_the_cost_of_one_signature()
        {
            var ecdsa = new Ecdsa();
            Assert.AreEqual(0L, ecdsa.Curve.Fp.Multiplications); // the curve's set-up is not counted
            ecdsa.Curve.Fn.Multiplications = 0;
            long blocks = ecdsa.Hmac.Blocks;
            ecdsa.Sign(Hex.Decode(Rfc6979Vectors.PrivateKey), Sha256.Hash(TestBytes.Ascii("sample")));
            long fp = ecdsa.Curve.Fp.Multiplications;
            long fn = ecdsa.Curve.Fn.Multiplications;
            Assert.IsTrue(fp > 3000 && fp < 4500, "mod p multiplications " + fp);
            Assert.IsTrue(fn > 256 && fn < 450, "mod n " + fn);
            Assert.IsTrue(ecdsa.Hmac.Blocks > blocks);
        }
    }
}
