using System;
using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>
    /// Verification against NIST CAVP SigVer [P-256,SHA-256] vectors (FIPS 186-4 set) and the rejections a verifier
    /// owes: keys off the curve or at infinity, r or s zero or ≥ n, malformed encodings.
    /// </summary>
    [TestClass]
    public class EcdsaVerifyTests
    {
        // SigVer.rsp [P-256,SHA-256], Result = P.
        private const string ValidMsg = "60cd64b2cd2be6c33859b94875120361a24085f3765cb8b2bf11e026fa9d8855dbe435acf7882e84f3c7857f96e2baab4d9afe4588e4a82e17a78827bfdb5ddbd1c211fbc2e6d884cddd7cb9d90d5bf4a7311b83f352508033812c776a0e00c003c7e0d628e50736c7512df0acfa9f2320bd102229f46495ae6d0857cc452a84";
        private const string ValidQx = "2d98ea01f754d34bbc3003df5050200abf445ec728556d7ed7d5c54c55552b6d";
        private const string ValidQy = "9b52672742d637a32add056dfd6d8792f2a33c2e69dafabea09b960bc61e230a";
        private const string ValidR = "06108e525f845d0155bf60193222b3219c98e3d49424c2fb2a0987f825c17959";
        private const string ValidS = "62b5cdd591e5b507e560167ba8f6f7cda74673eb315680cb89ccbc4eec477dce";

        // SigVer.rsp [P-256,SHA-256], Result = F (message changed).
        private const string BadMsg = "76f987ec5448dd72219bd30bf6b66b0775c80b394851a43ff1f537f140a6e7229ef8cd72ad58b1d2d20298539d6347dd5598812bc65323aceaf05228f738b5ad3e8d9fe4100fd767c2f098c77cb99c2992843ba3eed91d32444f3b6db6cd212dd4e5609548f4bb62812a920f6e2bf1581be1ebeebdd06ec4e971862cc42055ca";
        private const string BadQx = "09308ea5bfad6e5adf408634b3d5ce9240d35442f7fe116452aaec0d25be8c24";
        private const string BadQy = "f40c93e023ef494b1c3079b2d10ef67f3170740495ce2cc57f8ee4b0618b8ee5";
        private const string BadR = "5cc8aa7c35743ec0c23dde88dabd5e4fcd0192d2116f6926fef788cddb754e73";
        private const string BadS = "9c9c045ebaa1b828c32f82ace0d18daebf5e156eb7cbfdc1eff4399a8a900ae7";

        private static bool VerifyValid(string msg, string qx, string qy, string r, string s)
        {
            return VerifyRs(new Ecdsa(), Hex.Decode("04" + qx + qy), Sha256.Hash(Hex.Decode(msg)), Hex.Decode(r), Hex.Decode(s));
        }

        [TestMethod]
        public void Cavp_valid_signature_verifies()
        {
            Assert.IsTrue(VerifyValid(ValidMsg, ValidQx, ValidQy, ValidR, ValidS));
        }

        [TestMethod]
        public void Cavp_signature_over_a_changed_message_is_refused()
        {
            Assert.IsFalse(VerifyValid(BadMsg, BadQx, BadQy, BadR, BadS));
        }

        [TestMethod]
        public void Modified_message_r_s_or_key_is_refused()
        {
            string msg = "70" + ValidMsg.Substring(2);
            Assert.IsFalse(VerifyValid(msg, ValidQx, ValidQy, ValidR, ValidS), "message");
            Assert.IsFalse(VerifyValid(ValidMsg, ValidQx, ValidQy, "07" + ValidR.Substring(2), ValidS), "r");
            Assert.IsFalse(VerifyValid(ValidMsg, ValidQx, ValidQy, ValidR, ValidS.Substring(0, 62) + "ff"), "s");
            Assert.IsFalse(VerifyValid(ValidMsg, Rfc6979Vectors.PublicX, Rfc6979Vectors.PublicY, ValidR, ValidS), "another valid key");
        }

        [TestMethod]
        public void Public_key_off_the_curve_is_refused()
        {
            var ecdsa = new Ecdsa();
            string y = ValidQy.Substring(0, 62) + "0b"; // y + 1
            Assert.IsFalse(TestBytes.IsOnCurve(Hex.Decode("04" + ValidQx + y)));
            Assert.IsFalse(VerifyValid(ValidMsg, ValidQx, y, ValidR, ValidS));
            Assert.IsTrue(TestBytes.IsOnCurve(Hex.Decode("04" + ValidQx + ValidQy)));
        }

        [TestMethod]
        public void Point_at_infinity_and_bad_encodings_are_refused()
        {
            var ecdsa = new Ecdsa();
            byte[] hash = Sha256.Hash(Hex.Decode(ValidMsg));
            byte[] r = Hex.Decode(ValidR);
            byte[] s = Hex.Decode(ValidS);
            var origin = new byte[65];
            origin[0] = 0x04;
            Assert.IsFalse(VerifyRs(ecdsa, origin, hash, r, s), "(0, 0)");
            Assert.IsFalse(VerifyRs(ecdsa, new byte[] { 0x00 }, hash, r, s), "SEC1 infinity octet");
            Assert.IsFalse(VerifyRs(ecdsa, Hex.Decode("02" + ValidQx), hash, r, s), "compressed");
            Assert.IsFalse(VerifyRs(ecdsa, Hex.Decode("05" + ValidQx + ValidQy), hash, r, s), "bad prefix");
            // x = p (not reduced) is refused even though p ≡ 0.
            Assert.IsFalse(VerifyRs(ecdsa, Hex.Decode("04ffffffff00000001000000000000000000000000ffffffffffffffffffffffff" + ValidQy), hash, r, s), "x = p");
        }

        [TestMethod]
        public void R_or_s_zero_or_not_below_n_is_refused()
        {
            var ecdsa = new Ecdsa();
            byte[] key = Hex.Decode("04" + ValidQx + ValidQy);
            byte[] hash = Sha256.Hash(Hex.Decode(ValidMsg));
            byte[] zero = new byte[32];
            byte[] n = Hex.Decode(Rfc6979Vectors.Order);
            byte[] ones = Hex.Decode("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
            Assert.IsFalse(VerifyRs(ecdsa, key, hash, zero, Hex.Decode(ValidS)), "r = 0");
            Assert.IsFalse(VerifyRs(ecdsa, key, hash, Hex.Decode(ValidR), zero), "s = 0");
            Assert.IsFalse(VerifyRs(ecdsa, key, hash, n, Hex.Decode(ValidS)), "r = n");
            Assert.IsFalse(VerifyRs(ecdsa, key, hash, Hex.Decode(ValidR), n), "s = n");
            Assert.IsFalse(VerifyRs(ecdsa, key, hash, ones, Hex.Decode(ValidS)), "r > n");
            Assert.IsFalse(VerifyRs(ecdsa, key, hash, new byte[33], Hex.Decode(ValidS)), "r longer than 32 bytes");
            Assert.IsFalse(ecdsa.Verify(key, hash, new byte[63]), "short signature");
        }

        [TestMethod]
        public void Counters_report_the_cost_of_one_verification()
        {
            var ecdsa = new Ecdsa();
            ecdsa.Curve.Fp.Multiplications = 0;
            Assert.IsTrue(VerifyWith(ecdsa));
            long fp = ecdsa.Curve.Fp.Multiplications;
            Assert.IsTrue(fp > 4000 && fp < 5500, "mod p multiplications " + fp);
        }

        private static bool VerifyWith(Ecdsa ecdsa)
        {
            return VerifyRs(ecdsa, Hex.Decode("04" + ValidQx + ValidQy), Sha256.Hash(Hex.Decode(ValidMsg)), Hex.Decode(ValidR), Hex.Decode(ValidS));
        }

        /// <summary>Verifies r and s given apart (big-endian, at most 32 bytes each, as the vectors list them): padded into r | s; longer ones fail.</summary>
        private static bool VerifyRs(Ecdsa ecdsa, byte[] publicKey, byte[] hash, byte[] r, byte[] s)
        {
            if (r.Length > 32 || s.Length > 32)
            {
                return false;
            }

            var rs = new byte[64];
            Array.Copy(r, 0, rs, 32 - r.Length, r.Length);
            Array.Copy(s, 0, rs, 64 - s.Length, s.Length);
            return ecdsa.Verify(publicKey, hash, rs);
        }
    }
}
