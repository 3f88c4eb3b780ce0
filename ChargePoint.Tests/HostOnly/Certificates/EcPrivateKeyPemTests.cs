using System;
using System.Security.Cryptography;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Tests.Ocpp.Certificates;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Certificates
{
    /// <summary>The key the TLS transports load (SEC1 "EC PRIVATE KEY" PEM) is read by .NET as the same P-256 key, and signs for it.</summary>
    [TestClass]
    public class EcPrivateKeyPemTests
    {
        [TestMethod]
        public void DotNet_imports_the_SEC1_key_and_its_signature_verifies_with_our_public_key()
        {
            var ecdsa = new Ecdsa();
            EcKeyPair key = ecdsa.GenerateKeyPair(new TestEntropy("sec1"));
            string pem = Pem.Encode(CsrBuilder.EcPrivateKey(key), Pem.EcPrivateKey);
            Assert.IsTrue(pem.StartsWith("-----BEGIN EC PRIVATE KEY-----\n"), pem);

            using var bcl = ECDsa.Create();
            bcl.ImportFromPem(pem);
            ECParameters p = bcl.ExportParameters(true);
            Assert.AreEqual(Convert.ToHexString(key.PrivateKey), Convert.ToHexString(p.D!));
            Assert.AreEqual(Convert.ToHexString(key.PublicKey, 1, 32), Convert.ToHexString(p.Q.X!));
            Assert.AreEqual(Convert.ToHexString(key.PublicKey, 33, 32), Convert.ToHexString(p.Q.Y!));
            Assert.AreEqual(ECCurve.NamedCurves.nistP256.Oid.Value, p.Curve.Oid.Value);

            byte[] hash = SHA256.HashData(new byte[] { 1, 2, 3 });
            byte[] signature = bcl.SignHash(hash, DSASignatureFormat.Rfc3279DerSequence);
            Assert.IsTrue(ecdsa.Verify(key.PublicKey, hash, Ecdsa.FromDer(signature)));
        }
    }
}
