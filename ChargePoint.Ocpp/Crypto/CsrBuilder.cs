using System.Text;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// PKCS#10 certification request (RFC 2986) for a P-256 key, signed ecdsa-with-SHA256, as SignCertificate needs:
    /// subject O = the CPO name, CN = the charge box serial number (OCPP 1.6 security whitepaper), no attributes.
    /// </summary>
    public static class CsrBuilder
    {
        /// <summary>The DER CSR. The signature is deterministic (RFC 6979), so the same inputs give the same bytes.</summary>
        public static byte[] Build(string commonName, string organization, EcKeyPair keyPair, Ecdsa ecdsa)
        {
            if (commonName == null || commonName.Length == 0)
            {
                throw DerReader.Bad();
            }

            var w = new DerWriter(512);
            int info = w.Begin(DerReader.Sequence);
            w.WriteUnsignedInteger(new byte[1], 0, 1); // version 0
            int name = w.Begin(DerReader.Sequence);
            WriteAttribute(w, DerReader.Organization, organization);
            WriteAttribute(w, DerReader.CommonName, commonName);
            w.End(name);

            // SubjectPublicKeyInfo { { id-ecPublicKey, prime256v1 }, BIT STRING 04 | X | Y }.
            // (The key pair comes from Ecdsa: 65 bytes, uncompressed.)
            int spki = w.Begin(DerReader.Sequence);
            int alg = w.Begin(DerReader.Sequence);
            w.WriteOid(DerReader.EcPublicKey);
            w.WriteOid(DerReader.Prime256v1);
            w.End(alg);
            w.WriteBitString(keyPair.PublicKey);
            w.End(spki);
            int attributes = w.Begin(DerReader.ContextConstructed);
            w.End(attributes);
            w.End(info);
            byte[] requestInfo = w.ToArray();

            byte[] signature = Ecdsa.ToDer(ecdsa.Sign(keyPair.PrivateKey, Sha256.Hash(requestInfo)));

            var csr = new DerWriter(requestInfo.Length + 128);
            int outer = csr.Begin(DerReader.Sequence);
            csr.WriteRaw(requestInfo, 0, requestInfo.Length);
            int sigAlg = csr.Begin(DerReader.Sequence);   // AlgorithmIdentifier { ecdsa-with-SHA256 }, parameters absent (RFC 5758)
            csr.WriteOid(DerReader.EcdsaWithSha256);
            csr.End(sigAlg);
            csr.WriteBitString(signature);
            csr.End(outer);
            return csr.ToArray();
        }

        /// <summary>
        /// A P-256 key pair as the TLS stacks load it (DER for PEM "EC PRIVATE KEY"): SEC1 ECPrivateKey (RFC 5915),
        /// SEQUENCE { INTEGER 1, OCTET STRING d, [0] OID prime256v1, [1] BIT STRING Q }. mbedTLS (ESP32) and .NET both
        /// read it. Here, not beside the PEM code, so the DER writer is not part of the OCPP assembly's references.
        /// </summary>
        public static byte[] EcPrivateKey(EcKeyPair key)
        {
            var w = new DerWriter(160);
            int seq = w.Begin(DerReader.Sequence);
            w.WriteUnsignedInteger(new byte[] { 1 }, 0, 1); // version 1
            w.WriteTlv(DerReader.OctetString, key.PrivateKey, 0, Ecdsa.ScalarSize);
            int parameters = w.Begin(DerReader.ContextConstructed);
            w.WriteOid(DerReader.Prime256v1);
            w.End(parameters);
            int publicKey = w.Begin(DerReader.ContextConstructed | 1);
            w.WriteBitString(key.PublicKey);
            w.End(publicKey);
            w.End(seq);
            return w.ToArray();
        }

        /// <summary>One RDN { type, UTF8String value } of the subject; null or empty values are skipped.</summary>
        private static void WriteAttribute(DerWriter w, string oid, string value)
        {
            if (value == null || value.Length == 0)
            {
                return;
            }

            int set = w.Begin(DerReader.Set);
            int atv = w.Begin(DerReader.Sequence);
            w.WriteOid(oid);
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            w.WriteTlv(DerReader.Utf8String, bytes, 0, bytes.Length);
            w.End(atv);
            w.End(set);
        }
    }
}
