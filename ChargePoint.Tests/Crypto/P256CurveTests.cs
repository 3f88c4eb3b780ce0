using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>Point arithmetic edge cases: the exceptional additions the verification path must get right.</summary>
    [TestClass]
    public class P256CurveTests
    {
        // 2G, a published P-256 multiple of the base point.
        private const string TwoGx = "7cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc47669978";
        private const string TwoGy = "07775510db8ed040293d9ac69f7430dbba7dade63ce982299e04b79d227873d1";

        private static byte[] Scalar(int v)
        {
            var k = new byte[32];
            k[31] = (byte)v;
            return k;
        }

        private static string Affine(P256Curve curve, uint[][] p)
        {
            var x = new uint[8];
            var y = new uint[8];
            if (!curve.ToAffine(x, y, p))
            {
                return "infinity";
            }

            var b = new byte[64];
            ModularField.ToBytes(b, 0, x);
            ModularField.ToBytes(b, 32, y);
            return Hex.Encode(b);
        }

        [TestMethod]
        public void Constant_time_multiplication_by_2_and_by_n_minus_1()
        {
            var curve = new P256Curve();
            uint[][] g = P256Curve.Point();
            curve.Generator(g);
            uint[][] r = P256Curve.Point();
            curve.Multiply(r, g, Scalar(2), 0);
            Assert.AreEqual(TwoGx + TwoGy, Affine(curve, r));
            curve.Multiply(r, g, Hex.Decode("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550"), 0);
            Assert.AreEqual(
                "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296b01cbd1c01e58065711814b583f061e9d431cca994cea1313449bf97c840ae0a",
                Affine(curve, r));
            curve.Multiply(r, g, new byte[32], 0);
            Assert.AreEqual("infinity", Affine(curve, r));
        }

        [TestMethod]
        public void Public_sum_handles_equal_and_opposite_points()
        {
            var curve = new P256Curve();
            uint[][] g = P256Curve.Point();
            curve.Generator(g);
            uint[][] r = P256Curve.Point();

            curve.MultiplyAddPublic(r, Scalar(1), Scalar(1), g);   // G + G: the doubling case
            Assert.AreEqual(TwoGx + TwoGy, Affine(curve, r));

            byte[] nMinus1 = Hex.Decode("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550");
            curve.MultiplyAddPublic(r, Scalar(1), nMinus1, g);     // G + (-G): infinity
            Assert.AreEqual("infinity", Affine(curve, r));

            curve.MultiplyAddPublic(r, Scalar(0), Scalar(2), g);   // infinity + 2G
            Assert.AreEqual(TwoGx + TwoGy, Affine(curve, r));

            curve.MultiplyAddPublic(r, Scalar(3), nMinus1, g);     // 3G - G = 2G
            Assert.AreEqual(TwoGx + TwoGy, Affine(curve, r));
        }

        [TestMethod]
        public void Both_multiplications_agree_with_the_published_3G()
        {
            const string ThreeG = "5ecbe4d1a6330a44c8f7ef951d4bf165e6c6b721efada985fb41661bc6e7fd6c"
                + "8734640c4998ff7e374b06ce1a64a2ecd82ab036384fb83d9a79b127a27d5032";
            var curve = new P256Curve();
            uint[][] g = P256Curve.Point();
            curve.Generator(g);
            uint[][] r = P256Curve.Point();
            curve.Multiply(r, g, Scalar(3), 0);
            Assert.AreEqual(ThreeG, Affine(curve, r));
            curve.MultiplyAddPublic(r, Scalar(1), Scalar(2), g);   // G + 2G
            Assert.AreEqual(ThreeG, Affine(curve, r));
            curve.MultiplyAddPublic(r, Scalar(3), Scalar(0), g);   // 3G + infinity
            Assert.AreEqual(ThreeG, Affine(curve, r));
        }

        [TestMethod]
        public void Sign_verify_round_trips_for_several_keys_and_a_changed_hash_fails()
        {
            var ecdsa = new Ecdsa();
            for (int i = 1; i <= 4; i++)
            {
                byte[] d = Sha256.Hash(new byte[] { (byte)i });
                byte[] q = ecdsa.DerivePublicKey(d);
                byte[] hash = Sha256.Hash(new byte[] { (byte)i, 7 });
                byte[] sig = ecdsa.Sign(d, hash);
                Assert.IsTrue(ecdsa.Verify(q, hash, sig), "key " + i);
                Assert.IsTrue(ecdsa.Verify(q, hash, Ecdsa.FromDer(Ecdsa.ToDer(sig))), "DER key " + i);
                hash[5] ^= 1;
                Assert.IsFalse(ecdsa.Verify(q, hash, sig), "changed hash " + i);
            }
        }
    }
}
