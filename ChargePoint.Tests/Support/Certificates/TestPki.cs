using System;
using System.Text;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Tests.Ocpp.Certificates
{
    /// <summary>
    /// Test certificates made with the managed crypto: P-256 keys from a label, v3 certificates signed
    /// ecdsa-with-SHA256 (a self-signed root, a leaf issued by it, any validity period), PEM for the JSON payloads, and
    /// the public key and subject of a PKCS#10 CSR.
    /// </summary>
    public static class TestPki
    {
        public static readonly DateTime LongAgo = new DateTime(2024, 1, 1, 0, 0, 0);
        public static readonly DateTime FarAhead = new DateTime(2040, 1, 1, 0, 0, 0);

        /// <summary>A key pair whose private scalar is SHA-256(label) (a valid scalar for any label in practice).</summary>
        public static EcKeyPair Key(Ecdsa ecdsa, string label)
        {
            byte[] d = Sha256.Hash(Encoding.UTF8.GetBytes(label));
            return new EcKeyPair(d, ecdsa.DerivePublicKey(d));
        }

        public static byte[] SelfSigned(Ecdsa ecdsa, EcKeyPair key, string cn, DateTime notBefore, DateTime notAfter, int serial)
        {
            return Issue(ecdsa, key, cn, key.PublicKey, cn, null, notBefore, notAfter, serial);
        }

        /// <summary>The DER Name O = organization (optional), CN = commonName.</summary>
        public static byte[] Name(string? organization, string commonName)
        {
            var w = new DerWriter(128);
            int name = w.Begin(DerReader.Sequence);
            WriteAttribute(w, DerReader.Organization, organization);
            WriteAttribute(w, DerReader.CommonName, commonName);
            w.End(name);
            return w.ToArray();
        }

        /// <summary>A certificate for subjectPublicKey, issued (signed) by issuerKey in the name "CN=issuerCn".</summary>
        public static byte[] Issue(Ecdsa ecdsa, EcKeyPair issuerKey, string issuerCn, byte[] subjectPublicKey, string subjectCn, string? subjectO,
            DateTime notBefore, DateTime notAfter, int serial)
        {
            var w = new DerWriter(512);
            int tbs = w.Begin(DerReader.Sequence);
            int version = w.Begin(DerReader.ContextConstructed);
            w.WriteUnsignedInteger(new byte[] { 2 }, 0, 1);
            w.End(version);
            w.WriteUnsignedInteger(new byte[] { 0x10, (byte)(serial >> 8), (byte)serial }, 0, 3);
            WriteSignatureAlgorithm(w);
            byte[] issuer = Name(null, issuerCn);
            w.WriteRaw(issuer, 0, issuer.Length);
            int validity = w.Begin(DerReader.Sequence);
            WriteTime(w, notBefore);
            WriteTime(w, notAfter);
            w.End(validity);
            byte[] subject = Name(subjectO, subjectCn);
            w.WriteRaw(subject, 0, subject.Length);
            WriteSubjectPublicKeyInfo(w, subjectPublicKey);
            w.End(tbs);
            byte[] tbsBytes = w.ToArray();

            byte[] signature = Ecdsa.ToDer(ecdsa.Sign(issuerKey.PrivateKey, Sha256.Hash(tbsBytes)));
            var c = new DerWriter(tbsBytes.Length + 128);
            int cert = c.Begin(DerReader.Sequence);
            c.WriteRaw(tbsBytes, 0, tbsBytes.Length);
            WriteSignatureAlgorithm(c);
            c.WriteBitString(signature);
            c.End(cert);
            return c.ToArray();
        }

        public static string Pem(byte[] der) => ChargePoint.Ocpp.Certificates.Pem.Encode(der, ChargePoint.Ocpp.Certificates.Pem.Certificate);

        /// <summary>The PEM as a JSON string literal's content (newlines escaped).</summary>
        public static string Json(string pem)
        {
            var sb = new StringBuilder(pem.Length + 64);
            for (int i = 0; i < pem.Length; i++)
            {
                if (pem[i] == '\n')
                {
                    sb.Append("\\n");
                }
                else
                {
                    sb.Append(pem[i]);
                }
            }

            return sb.ToString();
        }

        /// <summary>The DER CSR of a "-----BEGIN CERTIFICATE REQUEST-----" PEM.</summary>
        public static byte[] CsrDer(string pem) => (byte[])ChargePoint.Ocpp.Certificates.Pem.Decode(pem, ChargePoint.Ocpp.Certificates.Pem.CertificateRequest, 1)[0]!;

        /// <summary>The CSR's subject Name (DER).</summary>
        public static byte[] CsrSubject(byte[] csr)
        {
            DerReader info = CsrInfo(csr);
            info.Read(DerReader.Integer); // version
            info.Read(DerReader.Sequence);
            return info.CopyLast();
        }

        /// <summary>The CSR's public key (65 bytes).</summary>
        public static byte[] CsrPublicKey(byte[] csr)
        {
            DerReader info = CsrInfo(csr);
            info.Read(DerReader.Integer); // version
            info.Read(DerReader.Sequence);
            DerReader spki = info.Enter(DerReader.Sequence);
            spki.Enter(DerReader.Sequence);
            return spki.ReadBitString();
        }

        /// <summary>True when the CSR's signature verifies with its own key.</summary>
        public static bool CsrVerifies(Ecdsa ecdsa, byte[] csr)
        {
            var outer = new DerReader(csr);
            DerReader req = outer.Enter(DerReader.Sequence);
            req.Read(DerReader.Sequence);
            byte[] info = req.CopyLast();
            req.Enter(DerReader.Sequence);
            byte[] signature = req.ReadBitString();
            return ecdsa.Verify(CsrPublicKey(csr), Sha256.Hash(info), Ecdsa.FromDer(signature));
        }

        private static DerReader CsrInfo(byte[] csr)
        {
            var outer = new DerReader(csr);
            return outer.Enter(DerReader.Sequence).Enter(DerReader.Sequence);
        }

        private static void WriteAttribute(DerWriter w, string oid, string? value)
        {
            if (string.IsNullOrEmpty(value))
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

        /// <summary>SubjectPublicKeyInfo { { id-ecPublicKey, prime256v1 }, BIT STRING 04 | X | Y }.</summary>
        private static void WriteSubjectPublicKeyInfo(DerWriter w, byte[] publicKey)
        {
            int spki = w.Begin(DerReader.Sequence);
            int alg = w.Begin(DerReader.Sequence);
            w.WriteOid(DerReader.EcPublicKey);
            w.WriteOid(DerReader.Prime256v1);
            w.End(alg);
            w.WriteBitString(publicKey);
            w.End(spki);
        }

        /// <summary>AlgorithmIdentifier { ecdsa-with-SHA256 } (parameters absent, RFC 5758).</summary>
        private static void WriteSignatureAlgorithm(DerWriter w)
        {
            int alg = w.Begin(DerReader.Sequence);
            w.WriteOid(DerReader.EcdsaWithSha256);
            w.End(alg);
        }

        private static void WriteTime(DerWriter w, DateTime t)
        {
            bool utc = t.Year < 2050;
            string s = (utc ? Two(t.Year % 100) : t.Year.ToString()) + Two(t.Month) + Two(t.Day) + Two(t.Hour) + Two(t.Minute) + Two(t.Second) + "Z";
            byte[] b = Encoding.UTF8.GetBytes(s);
            w.WriteTlv(utc ? DerReader.UtcTime : DerReader.GeneralizedTime, b, 0, b.Length);
        }

        private static string Two(int v) => v < 10 ? "0" + v.ToString() : v.ToString();
    }
}
