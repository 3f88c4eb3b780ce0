using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    [TestClass]
    public class DerTests
    {
        [TestMethod]
        public void Oids_encode_and_decode()
        {
            Assert.AreEqual(DerReader.EcPublicKey, Hex.Encode(DottedOid.Encode("1.2.840.10045.2.1")));
            Assert.AreEqual(DerReader.Prime256v1, Hex.Encode(DottedOid.Encode("1.2.840.10045.3.1.7")));
            Assert.AreEqual(DerReader.EcdsaWithSha256, Hex.Encode(DottedOid.Encode("1.2.840.10045.4.3.2")));
            Assert.AreEqual(DerReader.CommonName, Hex.Encode(DottedOid.Encode("2.5.4.3")));
            Assert.AreEqual(DerReader.Country, Hex.Encode(DottedOid.Encode("2.5.4.6")));
            Assert.AreEqual(DerReader.Organization, Hex.Encode(DottedOid.Encode("2.5.4.10")));
            byte[] e = DottedOid.Encode("2.999.1");
            Assert.AreEqual("883701", Hex.Encode(e));
            Assert.AreEqual("2.999.1", DottedOid.Decode(e, 0, e.Length));
            Assert.AreEqual("1.2.840.10045.4.3.2", DottedOid.Decode(Hex.Decode(DerReader.EcdsaWithSha256), 0, 8));
        }

        [TestMethod]
        public void Oids_are_read_and_written_as_content_octets_and_malformed_arcs_are_refused()
        {
            var w = new DerWriter(16);
            w.WriteOid(DerReader.CommonName);
            Assert.AreEqual("0603550403", Hex.Encode(w.ToArray()));
            Assert.AreEqual(DerReader.CommonName, new DerReader(w.ToArray()).ReadOid());
            Assert.AreEqual("883701", new DerReader(Hex.Decode("0603883701")).ReadOid());
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DerReader(Hex.Decode("0600")).ReadOid(), "empty");
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DerReader(Hex.Decode("06022a86")).ReadOid(), "truncated arc");
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DerReader(Hex.Decode("06032a8001")).ReadOid(), "non-minimal arc");
        }

        [TestMethod]
        public void Hex_decodes_either_case_and_refuses_anything_else()
        {
            Assert.AreEqual("00ff9a0fab", Hex.Encode(Hex.Decode("00FF9a0FaB")));
            Assert.AreEqual(0, Hex.Decode(string.Empty).Length);
            string[] bad = { "0", "0g", "g0", "0 ", "\u00100", "0/", ":0", "@0", "0G", "`0", "0\u0130" };
            foreach (string s in bad)
            {
                Assert.ThrowsException(typeof(System.ArgumentException), () => Hex.Decode(s), s);
            }
        }

        [TestMethod]
        public void Integers_are_minimal_and_positive()
        {
            var w = new DerWriter(256);
            w.WriteUnsignedInteger(Hex.Decode("0000ff"), 0, 3);
            w.WriteUnsignedInteger(Hex.Decode("00007f"), 0, 3);
            w.WriteUnsignedInteger(new byte[3], 0, 3);
            w.WriteUnsignedInteger(new byte[] { 1, 0 }, 0, 2);
            Assert.AreEqual("020200ff" + "02017f" + "020100" + "02020100", Hex.Encode(w.ToArray()));

            // A range of a larger array (r and s of an r | s signature): only those bytes, no empty INTEGER.
            var part = new DerWriter(16);
            part.WriteUnsignedInteger(Hex.Decode("ff0080ff"), 1, 2);
            part.WriteUnsignedInteger(Hex.Decode("ff0080ff"), 1, 0);
            Assert.AreEqual("02020080" + "020100", Hex.Encode(part.ToArray()));

            var r = new DerReader(w.ToArray());
            Assert.AreEqual("00ff", Hex.Encode(r.ReadUnsignedInteger(2)));
            Assert.AreEqual("7f", Hex.Encode(r.ReadUnsignedInteger(1)));
            Assert.AreEqual("000000", Hex.Encode(r.ReadUnsignedInteger(3)));
            Assert.AreEqual("000100", Hex.Encode(r.ReadUnsignedInteger(3)));
            Assert.IsFalse(r.HasMore);
        }

        [TestMethod]
        public void Long_form_lengths_are_written_when_needed_and_nested_elements_close()
        {
            var w = new DerWriter(16);
            int seq = w.Begin(DerReader.Sequence);
            w.WriteTlv(DerReader.OctetString, new byte[200], 0, 200);
            int set = w.Begin(DerReader.Set);
            w.WriteTlv(DerReader.Null, new byte[0], 0, 0);
            w.End(set);
            w.End(seq);
            byte[] der = w.ToArray();
            Assert.AreEqual(3 + 3 + 200 + 4, der.Length);
            Assert.AreEqual("3081cf" + "0481c8", Hex.Encode(der).Substring(0, 12));
            Assert.AreEqual("31020500", Hex.Encode(der).Substring(2 * (der.Length - 4)));

            var outer = new DerReader(der);
            DerReader inner = outer.Enter(DerReader.Sequence);
            outer.ExpectEnd();
            inner.Read(DerReader.OctetString);
            Assert.AreEqual(200, inner.LastContentLength);
            DerReader s = inner.Enter(DerReader.Set);
            s.Read(DerReader.Null);
            inner.ExpectEnd();
        }

        [TestMethod]
        public void Strings_bit_strings_and_context_tags_round_trip()
        {
            var w = new DerWriter(256);
            byte[] zoe = System.Text.Encoding.UTF8.GetBytes("Zoë");
            w.WriteTlv(DerReader.Utf8String, zoe, 0, zoe.Length);
            w.WriteTlv(DerReader.PrintableString, new byte[] { (byte)'C', (byte)'P', (byte)'-', (byte)'1' }, 0, 4);
            w.WriteBitString(Hex.Decode("04aabb"));
            int ctx = w.Begin(DerReader.ContextConstructed);
            w.End(ctx);
            var r = new DerReader(w.ToArray());
            Assert.AreEqual("Zoë", r.ReadString());
            Assert.AreEqual("CP-1", r.ReadString());
            Assert.AreEqual("04aabb", Hex.Encode(r.ReadBitString()));
            Assert.AreEqual(0xA0, r.Read());
            Assert.AreEqual(0, r.LastContentLength);
            Assert.IsNull(new DerReader(Hex.Decode("040100")).ReadString(), "an OCTET STRING is not a character string");
        }

        [TestMethod]
        public void Malformed_der_is_refused()
        {
            AssertMalformed("3003020101ff");       // trailing data after the outer element
            AssertMalformed("300502010102");       // truncated element
            AssertMalformed("30800201010000");     // indefinite length
            AssertMalformed("30810302010100");     // non-minimal long form
            AssertMalformed("300402020001");        // non-minimal integer
            AssertMalformed("30030201ff");         // negative integer
        }

        [TestMethod]
        public void Ecdsa_signature_der_decoding_is_strict()
        {
            string r = Rfc6979Vectors.TestR;
            string s = Rfc6979Vectors.TestS;
            Assert.AreEqual(r + s, Hex.Encode(Ecdsa.FromDer(Hex.Decode("3045022100" + r + "0220" + s))!));
            Assert.IsNull(Ecdsa.FromDer(Hex.Decode("3045022100" + r + "0220" + s + "00")), "trailing");
            Assert.IsNull(Ecdsa.FromDer(Hex.Decode("3046022200" + "00" + r + "0220" + s)), "non-minimal r");
            Assert.IsNull(Ecdsa.FromDer(Hex.Decode("30440220" + r + "0220" + s)), "r without its 0x00 is negative");
            Assert.IsNull(Ecdsa.FromDer(Hex.Decode("3045022101" + r + "0220" + s)), "r over 32 bytes");
            Assert.IsNull(Ecdsa.FromDer(null));
        }

        private static void AssertMalformed(string hex)
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () =>
            {
                var outer = new DerReader(Hex.Decode(hex));
                DerReader seq = outer.Enter(DerReader.Sequence);
                outer.ExpectEnd();
                seq.ReadUnsignedInteger(32);
                seq.ExpectEnd();
            }, hex);
        }
    }
}
