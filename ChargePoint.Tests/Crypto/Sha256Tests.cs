using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>FIPS 180-4 / NIST CSRC example vectors (the one-million-'a' vector runs in the host-only tests).</summary>
    [TestClass]
    public class Sha256Tests
    {
        [TestMethod]
        public void Abc_matches_the_FIPS_180_4_example()
        {
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Encode(Sha256.Hash(TestBytes.Ascii("abc"))));
        }

        [TestMethod]
        public void Empty_message()
        {
            Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex.Encode(Sha256.Hash(new byte[0])));
        }

        [TestMethod]
        public void The_448_bit_two_block_message()
        {
            byte[] m = TestBytes.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            Assert.AreEqual("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Hex.Encode(Sha256.Hash(m)));
        }

        [TestMethod]
        public void The_896_bit_message()
        {
            byte[] m = TestBytes.Ascii("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
            Assert.AreEqual("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", Hex.Encode(Sha256.Hash(m)));
        }

        [TestMethod]
        public void Incremental_appends_in_odd_pieces_equal_the_one_shot_hash_and_Finish_resets()
        {
            byte[] m = TestBytes.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            var sha = new Sha256();
            int[] pieces = { 1, 0, 7, 13, 20, 15 };
            int at = 0;
            for (int i = 0; i < pieces.Length; i++)
            {
                sha.Append(m, at, pieces[i]);
                at += pieces[i];
            }

            var digest = new byte[32];
            sha.Finish(digest);
            Assert.AreEqual("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Hex.Encode(digest));

            sha.Append(TestBytes.Ascii("abc"), 0, 3);
            sha.Finish(digest);
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Encode(digest));
        }

        [TestMethod]
        public void Lengths_around_the_padding_boundary_match_a_byte_by_byte_hash()
        {
            for (int len = 54; len <= 66; len++)
            {
                var m = new byte[len];
                for (int i = 0; i < len; i++)
                {
                    m[i] = (byte)(i * 7 + len);
                }

                var sha = new Sha256();
                for (int i = 0; i < len; i++)
                {
                    sha.Append(m, i, 1);
                }

                var digest = new byte[32];
                sha.Finish(digest);
                Assert.AreEqual(Hex.Encode(Sha256.Hash(m)), Hex.Encode(digest), "length " + len);
            }
        }
    }
}
