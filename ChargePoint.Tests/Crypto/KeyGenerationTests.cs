using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    [TestClass]
    public class KeyGenerationTests
    {
        [TestMethod]
        public void Candidates_zero_and_not_below_n_are_rejected_and_redrawn()
        {
            var entropy = new ScriptedEntropy(
                "0000000000000000000000000000000000000000000000000000000000000000",
                Rfc6979Vectors.Order,
                "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
                Rfc6979Vectors.PrivateKey);
            EcKeyPair pair = new Ecdsa().GenerateKeyPair(entropy);
            Assert.AreEqual(4, entropy.Calls);
            Assert.AreEqual(Rfc6979Vectors.PrivateKey, Hex.Encode(pair.PrivateKey));
            Assert.AreEqual(Rfc6979Vectors.PublicKey, Hex.Encode(pair.PublicKey));
        }

        [TestMethod]
        public void N_minus_1_is_accepted_and_its_public_key_is_minus_G()
        {
            var entropy = new ScriptedEntropy("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550");
            EcKeyPair pair = new Ecdsa().GenerateKeyPair(entropy);
            // -G = (Gx, p - Gy)
            Assert.AreEqual(
                "04" + "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
                + "b01cbd1c01e58065711814b583f061e9d431cca994cea1313449bf97c840ae0a",
                Hex.Encode(pair.PublicKey));
        }

        [TestMethod]
        public void A_broken_source_ends_in_an_exception_not_a_weak_key()
        {
            var entropy = new ScriptedEntropy("0000000000000000000000000000000000000000000000000000000000000000");
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => new Ecdsa().GenerateKeyPair(entropy));
        }

        [TestMethod]
        public void A_generated_key_signs_and_verifies()
        {
            var ecdsa = new Ecdsa();
            EcKeyPair pair = ecdsa.GenerateKeyPair(new ScriptedEntropy("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"));
            Assert.IsTrue(TestBytes.IsOnCurve(pair.PublicKey));
            byte[] hash = Sha256.Hash(TestBytes.Ascii("BootNotification"));
            Assert.IsTrue(ecdsa.Verify(pair.PublicKey, hash, ecdsa.Sign(pair.PrivateKey, hash)));
        }
    }
}
