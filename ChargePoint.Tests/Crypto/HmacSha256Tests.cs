using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>RFC 4231 HMAC-SHA256 (Sha256.Mac) test cases 1, 2 and 6 (key longer than a block).</summary>
    [TestClass]
    public class HmacSha256Tests
    {
        [TestMethod]
        public void Rfc4231_case_1()
        {
            byte[] key = Hex.Decode("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
            Assert.AreEqual("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Hex.Encode(TestBytes.Hmac(key, TestBytes.Ascii("Hi There"))));
        }

        [TestMethod]
        public void Rfc4231_case_2()
        {
            Assert.AreEqual(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Hex.Encode(TestBytes.Hmac(TestBytes.Ascii("Jefe"), TestBytes.Ascii("what do ya want for nothing?"))));
        }

        [TestMethod]
        public void Rfc4231_case_6_key_longer_than_a_block()
        {
            var key = new byte[131];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = 0xaa;
            }

            Assert.AreEqual(
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                Hex.Encode(TestBytes.Hmac(key, TestBytes.Ascii("Test Using Larger Than Block-Size Key - Hash Key First"))));
        }

        [TestMethod]
        public void Mac_may_write_over_its_key_or_data_and_leaves_the_hash_ready_for_the_next_message()
        {
            var sha = new Sha256();
            byte[] key = TestBytes.Ascii("Jefe");
            byte[] data = TestBytes.Ascii("what do ya want for nothing?");
            var k = new byte[32];
            System.Array.Copy(key, k, 4);
            sha.Mac(k, data, data.Length, k); // a 32-byte buffer holding the 4-byte key: zero padding is the same key
            Assert.AreEqual("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Hex.Encode(k));
            var both = new byte[64];
            System.Array.Copy(data, both, data.Length);
            sha.Mac(key, both, data.Length, both);
            Assert.AreEqual("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Hex.Encode(both, 0, 32));
            byte[] abc = TestBytes.Ascii("abc");
            sha.Append(abc, 0, 3);
            var h = new byte[32];
            sha.Finish(h);
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Encode(h));
        }
    }
}
