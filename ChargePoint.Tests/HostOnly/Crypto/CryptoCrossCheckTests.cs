using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ChargePoint.Ocpp.Crypto;
using nanoFramework.TestFramework;
using HashAlgorithmName = System.Security.Cryptography.HashAlgorithmName;
using X509Certificate = ChargePoint.Ocpp.Crypto.X509Certificate;

namespace ChargePoint.Tests.HostOnly.Crypto
{
    /// <summary>
    /// ChargePoint.Ocpp.Crypto against the .NET implementations (OpenSSL underneath on Linux): random inputs, both
    /// directions of sign/verify, our CSR through CertificateRequest.LoadSigningRequest, .NET-made certificates
    /// through our parser and verifier. Seeds are fixed so failures reproduce.
    /// </summary>
    [TestClass]
    public class CryptoCrossCheckTests
    {
        [TestMethod]
        public void Sha256_matches_the_BCL_on_random_messages_and_random_splits()
        {
            var rnd = new Random(6979);
            var sha = new Sha256();
            var digest = new byte[32];
            for (int round = 0; round < 400; round++)
            {
                int len = round < 200 ? round : rnd.Next(0, 5000);
                var m = new byte[len];
                rnd.NextBytes(m);
                int at = 0;
                while (at < len)
                {
                    int piece = Math.Min(len - at, rnd.Next(0, 150));
                    sha.Append(m, at, piece);
                    at += piece;
                }

                sha.Finish(digest);
                CollectionAssert(SHA256.HashData(m), digest, "length " + len);
            }
        }

        [TestMethod]
        public void Sha256_of_one_million_a()
        {
            var m = new byte[1000000];
            Array.Fill(m, (byte)'a');
            Assert.AreEqual("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Convert.ToHexString(Sha256.Hash(m)).ToLowerInvariant());
        }

        private static byte[] OurHmac(byte[] key, byte[] data)
        {
            var result = new byte[Sha256.HashSize];
            new Sha256().Mac(key, data, data.Length, result);
            return result;
        }

        [TestMethod]
        public void Hmac_sha256_matches_the_BCL_for_keys_shorter_and_longer_than_a_block()
        {
            var rnd = new Random(4231);
            for (int round = 0; round < 200; round++)
            {
                var key = new byte[rnd.Next(0, 200)];
                var data = new byte[rnd.Next(0, 300)];
                rnd.NextBytes(key);
                rnd.NextBytes(data);
                CollectionAssert(HMACSHA256.HashData(key, data), OurHmac(key, data), "key " + key.Length);
            }
        }

        [TestMethod]
        public void Our_public_keys_and_signatures_agree_with_dotnet()
        {
            var ours = new Ecdsa();
            var rnd = new Random(186);
            for (int round = 0; round < 25; round++)
            {
                using ECDsa bcl = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                byte[] d = BclKeys.PrivateKey(bcl);
                byte[] q = BclKeys.PublicKey(bcl);
                CollectionAssert(q, ours.DerivePublicKey(d), "public key of a .NET private key");

                var message = new byte[rnd.Next(0, 300)];
                rnd.NextBytes(message);
                byte[] hash = SHA256.HashData(message);
                byte[] sig = ours.Sign(d, hash);
                Assert.IsTrue(bcl.VerifyHash(hash, sig, DSASignatureFormat.IeeeP1363FixedFieldConcatenation), "P1363 round " + round);
                Assert.IsTrue(bcl.VerifyHash(hash, Ecdsa.ToDer(ours.Sign(d, hash)), DSASignatureFormat.Rfc3279DerSequence), "DER round " + round);
                hash[round % 32] ^= 1;
                Assert.IsFalse(bcl.VerifyHash(hash, sig, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
            }
        }

        [TestMethod]
        public void Our_generated_keys_are_accepted_by_dotnet()
        {
            var ours = new Ecdsa();
            for (int round = 0; round < 10; round++)
            {
                EcKeyPair pair = ours.GenerateKeyPair(new SystemEntropy());
                using ECDsa bcl = BclKeys.FromKeyPair(pair.PrivateKey, pair.PublicKey);
                byte[] hash = SHA256.HashData(Encoding.ASCII.GetBytes("round " + round));
                byte[] bclSig = bcl.SignHash(hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                Assert.IsTrue(ours.Verify(pair.PublicKey, hash, bclSig));
                Assert.IsTrue(bcl.VerifyHash(hash, ours.Sign(pair.PrivateKey, hash), DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
            }
        }

        [TestMethod]
        public void Dotnet_signatures_verify_with_ours_and_tampered_ones_do_not()
        {
            var ours = new Ecdsa();
            var rnd = new Random(3279);
            for (int round = 0; round < 25; round++)
            {
                using ECDsa bcl = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                byte[] q = BclKeys.PublicKey(bcl);
                var message = new byte[rnd.Next(1, 300)];
                rnd.NextBytes(message);
                byte[] hash = SHA256.HashData(message);
                byte[] p1363 = bcl.SignHash(hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                byte[] der = bcl.SignHash(hash, DSASignatureFormat.Rfc3279DerSequence);
                Assert.IsTrue(ours.Verify(q, hash, p1363), "P1363 round " + round);
                Assert.IsTrue(ours.Verify(q, hash, Ecdsa.FromDer(der)), "DER round " + round);

                byte[] bad = (byte[])p1363.Clone();
                bad[rnd.Next(0, 64)] ^= (byte)(1 << rnd.Next(0, 8));
                Assert.IsFalse(ours.Verify(q, hash, bad), "flipped bit round " + round);
                byte[] otherHash = (byte[])hash.Clone();
                otherHash[0] ^= 0x80;
                Assert.IsFalse(ours.Verify(q, otherHash, p1363));
            }
        }

        [TestMethod]
        public void Rfc6979_and_cavp_vectors_agree_with_dotnet()
        {
            byte[] q = Convert.FromHexString("0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299");
            byte[] sig = Convert.FromHexString("efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8");
            using ECDsa bcl = BclKeys.FromPublicKey(q);
            Assert.IsTrue(bcl.VerifyHash(SHA256.HashData(Encoding.ASCII.GetBytes("sample")), sig, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        }

        [TestMethod]
        public void Our_csr_is_accepted_by_CertificateRequest_LoadSigningRequest()
        {
            var ours = new Ecdsa();
            EcKeyPair pair = ours.GenerateKeyPair(new SystemEntropy());
            byte[] csr = CsrBuilder.Build("CP-0001", "Test CPO", pair, ours);

            // LoadSigningRequest checks the signature unless told to skip it.
            CertificateRequest request = CertificateRequest.LoadSigningRequest(csr, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.Default);
            Assert.AreEqual("CN=CP-0001, O=Test CPO", request.SubjectName.Name);
            using ECDsa key = request.PublicKey.GetECDsaPublicKey()!;
            CollectionAssert(pair.PublicKey, BclKeys.PublicKey(key), "public key");
            Assert.AreEqual("1.2.840.10045.2.1", request.PublicKey.Oid.Value);

            byte[] broken = (byte[])csr.Clone();
            broken[broken.Length - 5] ^= 1;
            Assert.ThrowsException(typeof(CryptographicException), () => CertificateRequest.LoadSigningRequest(broken, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.Default));
        }

        [TestMethod]
        public void Dotnet_certificates_parse_and_verify_and_a_wrongly_signed_one_is_refused()
        {
            var ours = new Ecdsa();
            using ECDsa rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using ECDsa leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using ECDsa otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var notBefore = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
            var notAfter = new DateTimeOffset(2051, 1, 2, 3, 4, 5, TimeSpan.Zero); // GeneralizedTime after 2049

            var rootRequest = new CertificateRequest("CN=V2G Root, O=Test CPO, C=NL", rootKey, HashAlgorithmName.SHA256);
            rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            using X509Certificate2 rootCert = rootRequest.CreateSelfSigned(notBefore, notAfter);

            var leafRequest = new CertificateRequest("CN=CP-0042, O=Test CPO", leafKey, HashAlgorithmName.SHA256);
            byte[] serial = { 0x00, 0x9a, 0x01, 0x02 };
            using X509Certificate2 leafCert = leafRequest.Create(rootCert, notBefore, notAfter.AddYears(-20), serial);

            X509Certificate root = new X509Certificate(rootCert.RawData);
            X509Certificate leaf = new X509Certificate(leafCert.RawData);
            Assert.AreEqual("V2G Root", root.SubjectCommonName);
            Assert.AreEqual("CP-0042", leaf.SubjectCommonName);
            Assert.AreEqual("V2G Root", leaf.IssuerCommonName);
            Assert.AreEqual("Test CPO", X509Certificate.FindName(leaf.SubjectDer, DerReader.Organization));
            Assert.AreEqual(3, leafCert.Version, "a v3 certificate, parsed");
            Assert.AreEqual(Convert.ToHexString(leafCert.SerialNumberBytes.ToArray()), Convert.ToHexString(leaf.SerialNumber));
            Assert.AreEqual(notBefore.UtcDateTime, leaf.NotBefore);
            Assert.AreEqual(notAfter.AddYears(-20).UtcDateTime, leaf.NotAfter);
            Assert.AreEqual(notAfter.UtcDateTime, root.NotAfter);
            Assert.AreEqual(DateTimeKind.Utc, leaf.NotAfter.Kind);
            CollectionAssert(BclKeys.PublicKey(leafKey), leaf.PublicKey!, "leaf key");
            CollectionAssert(leafCert.IssuerName.RawData, leaf.IssuerDer, "issuer DER");
            CollectionAssert(SHA256.HashData(leafCert.IssuerName.RawData), Sha256.Hash(leaf.IssuerDer), "issuerNameHash");

            Assert.IsTrue(leaf.IsSignedBy(root, ours));
            Assert.IsTrue(root.IsSignedBy(root, ours));

            // Same issuer name, signed by another key: refused.
            var forgedRequest = new CertificateRequest("CN=CP-0042, O=Test CPO", leafKey, HashAlgorithmName.SHA256);
            using X509Certificate2 forgedCert = forgedRequest.Create(rootCert.SubjectName, X509SignatureGenerator.CreateForECDsa(otherKey), notBefore, notAfter.AddYears(-20), serial);
            X509Certificate forged = new X509Certificate(forgedCert.RawData);
            CollectionAssert(leaf.IssuerDer, forged.IssuerDer, "same issuer name");
            Assert.IsFalse(forged.IsSignedBy(root, ours));

            // An RSA-signed certificate parses but is not verified (only ECDSA P-256 is supported).
            using RSA rsa = RSA.Create(2048);
            using X509Certificate2 rsaCert = new CertificateRequest("CN=RSA", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(notBefore, notAfter);
            X509Certificate rsaParsed = new X509Certificate(rsaCert.RawData);
            Assert.AreEqual("2a864886f70d01010b", rsaParsed.SignatureAlgorithm); // 1.2.840.113549.1.1.11 sha256WithRSAEncryption
            Assert.IsNull(rsaParsed.PublicKey);
            Assert.IsFalse(rsaParsed.IsSignedBy(rsaParsed, ours));
        }

        private static void CollectionAssert(byte[] expected, byte[] actual, string message)
        {
            Assert.AreEqual(Convert.ToHexString(expected), Convert.ToHexString(actual), message);
        }
    }
}
