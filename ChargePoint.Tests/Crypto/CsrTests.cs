using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>The SignCertificate CSR, read back with the DER reader and its signature checked.</summary>
    [TestClass]
    public class CsrTests
    {
        [TestMethod]
        public void Csr_carries_subject_key_and_a_valid_ecdsa_with_sha256_signature()
        {
            var ecdsa = new Ecdsa();
            var pair = new EcKeyPair(Hex.Decode(Rfc6979Vectors.PrivateKey), Hex.Decode(Rfc6979Vectors.PublicKey));
            byte[] csr = CsrBuilder.Build("CP-0001", "Test CPO", pair, ecdsa);

            var outer = new DerReader(csr);
            DerReader request = outer.Enter(DerReader.Sequence);
            outer.ExpectEnd();
            DerReader info = request.Enter(DerReader.Sequence);
            byte[] infoDer = request.CopyLast();
            DerReader alg = request.Enter(DerReader.Sequence);
            Assert.AreEqual(DerReader.EcdsaWithSha256, alg.ReadOid());
            alg.ExpectEnd();
            byte[] signature = request.ReadBitString();
            request.ExpectEnd();

            Assert.AreEqual("00", Hex.Encode(info.ReadUnsignedInteger(1)));
            info.Read(DerReader.Sequence);
            byte[] subject = info.CopyLast();
            Assert.AreEqual("CP-0001", X509Certificate.FindName(subject, DerReader.CommonName));
            Assert.AreEqual("Test CPO", X509Certificate.FindName(subject, DerReader.Organization));
            Assert.IsNull(X509Certificate.FindName(subject, DerReader.Country));

            DerReader spki = info.Enter(DerReader.Sequence);
            DerReader keyAlg = spki.Enter(DerReader.Sequence);
            Assert.AreEqual(DerReader.EcPublicKey, keyAlg.ReadOid());
            Assert.AreEqual(DerReader.Prime256v1, keyAlg.ReadOid());
            Assert.AreEqual(Rfc6979Vectors.PublicKey, Hex.Encode(spki.ReadBitString()));
            Assert.AreEqual(DerReader.ContextConstructed, info.Read());
            Assert.AreEqual(0, info.LastContentLength);
            info.ExpectEnd();

            Assert.IsTrue(ecdsa.Verify(pair.PublicKey, Sha256.Hash(infoDer), Ecdsa.FromDer(signature)));
        }

        [TestMethod]
        public void Csr_is_deterministic_and_organization_is_optional()
        {
            var ecdsa = new Ecdsa();
            var pair = new EcKeyPair(Hex.Decode(Rfc6979Vectors.PrivateKey), Hex.Decode(Rfc6979Vectors.PublicKey));
            string a = Hex.Encode(CsrBuilder.Build("CP-0001", null, pair, ecdsa));
            string b = Hex.Encode(CsrBuilder.Build("CP-0001", null, pair, ecdsa));
            Assert.AreEqual(a, b);
            Assert.IsTrue(a.IndexOf(DerReader.Organization) < 0, "no O attribute");
            Assert.ThrowsException(typeof(System.ArgumentException), () => CsrBuilder.Build(string.Empty, "x", pair, ecdsa));
        }
    }
}
