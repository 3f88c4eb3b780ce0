using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// Minimal X.509 v1-v3 certificate parser (RFC 5280): the fields needed to verify chains of P-256 certificates
    /// and to answer GetInstalledCertificateIds. Extensions are skipped. Malformed DER throws ArgumentException.
    /// </summary>
    public sealed class X509Certificate
    {
        private X509Certificate()
        {
        }

        public byte[] Raw { get; private set; } = null!;

        /// <summary>The DER TBSCertificate: the signed bytes.</summary>
        public byte[] TbsBytes { get; private set; } = null!;

        public int Version { get; private set; }

        /// <summary>The serial number's INTEGER content octets.</summary>
        public byte[] SerialNumber { get; private set; } = null!;

        /// <summary>The issuer Name as DER (its SHA-256 is OCPP's issuerNameHash).</summary>
        public byte[] IssuerDer { get; private set; } = null!;

        public byte[] SubjectDer { get; private set; } = null!;

        public string? IssuerCommonName { get; private set; }

        public string? SubjectCommonName { get; private set; }

        public DateTime NotBefore { get; private set; }

        public DateTime NotAfter { get; private set; }

        public string PublicKeyAlgorithm { get; private set; } = null!;

        /// <summary>The named curve OID for EC keys, else null.</summary>
        public string? PublicKeyCurve { get; private set; }

        /// <summary>The subjectPublicKey BIT STRING octets (their SHA-256 is OCPP's issuerKeyHash when this is the issuer).</summary>
        public byte[] PublicKeyBits { get; private set; } = null!;

        /// <summary>The uncompressed P-256 point (65 bytes) when the key is EC P-256, else null.</summary>
        public byte[]? PublicKey { get; private set; }

        public string SignatureAlgorithm { get; private set; } = null!;

        /// <summary>The signatureValue BIT STRING octets (DER ECDSA-Sig-Value for ECDSA).</summary>
        public byte[] Signature { get; private set; } = null!;

        public static X509Certificate Parse(byte[] der)
        {
            var c = new X509Certificate();
            c.Raw = der;
            var outer = new DerReader(der);
            DerReader cert = outer.ReadSequence();
            outer.ExpectEnd();

            DerReader tbs = cert.ReadSequence();
            c.TbsBytes = cert.CopyLast();
            DerReader alg = cert.ReadSequence();
            c.SignatureAlgorithm = alg.ReadOid();
            c.Signature = cert.ReadBitString();
            cert.ExpectEnd();

            c.Version = 1;
            if (tbs.PeekTag() == DerTag.ContextConstructed(0))
            {
                DerReader v = tbs.Enter(DerTag.ContextConstructed(0));
                c.Version = v.ReadSmallInteger() + 1;
                v.ExpectEnd();
            }

            c.SerialNumber = tbs.ReadIntegerBytes();
            DerReader innerAlg = tbs.ReadSequence();
            if (innerAlg.ReadOid() != c.SignatureAlgorithm)
            {
                throw new ArgumentException("X.509: signature algorithms differ");
            }

            tbs.Read(DerTag.Sequence);
            c.IssuerDer = tbs.CopyLast();
            DerReader validity = tbs.ReadSequence();
            c.NotBefore = ReadTime(validity);
            c.NotAfter = ReadTime(validity);
            validity.ExpectEnd();
            tbs.Read(DerTag.Sequence);
            c.SubjectDer = tbs.CopyLast();

            DerReader spki = tbs.ReadSequence();
            DerReader keyAlg = spki.ReadSequence();
            c.PublicKeyAlgorithm = keyAlg.ReadOid();
            if (keyAlg.PeekTag() == DerTag.ObjectIdentifier)
            {
                c.PublicKeyCurve = keyAlg.ReadOid();
            }

            c.PublicKeyBits = spki.ReadBitString();
            spki.ExpectEnd();
            byte[] bits = c.PublicKeyBits;
            if (c.PublicKeyAlgorithm == DerOid.EcPublicKey && c.PublicKeyCurve == DerOid.Prime256v1
                && bits.Length == Ecdsa.PublicKeySize && bits[0] == 0x04)
            {
                c.PublicKey = bits;
            }

            // issuerUniqueID [1], subjectUniqueID [2], extensions [3]: well-formed, otherwise skipped.
            while (tbs.HasMore)
            {
                tbs.Read();
            }

            c.IssuerCommonName = X509Name.Find(c.IssuerDer, DerOid.CommonName);
            c.SubjectCommonName = X509Name.Find(c.SubjectDer, DerOid.CommonName);
            return c;
        }

        public bool IsValidAt(DateTime utc)
        {
            return utc.Ticks >= NotBefore.Ticks && utc.Ticks <= NotAfter.Ticks;
        }

        /// <summary>
        /// True when this certificate's issuer name is the issuer's subject and its ecdsa-with-SHA256 signature over
        /// the TBS bytes verifies with the issuer's P-256 key. Other algorithms (RSA) are refused.
        /// </summary>
        public bool IsSignedBy(X509Certificate? issuer, Ecdsa ecdsa)
        {
            if (issuer == null || issuer.PublicKey == null || SignatureAlgorithm != DerOid.EcdsaWithSha256
                || !SameBytes(IssuerDer, issuer.SubjectDer))
            {
                return false;
            }

            return ecdsa.VerifyDer(issuer.PublicKey, Sha256.Hash(TbsBytes), Signature);
        }

        private static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            int diff = 0;
            for (int i = 0; i < a.Length; i++)
            {
                diff |= a[i] ^ b[i];
            }

            return diff == 0;
        }

        /// <summary>UTCTime YYMMDDHHMMSSZ (YY &lt; 50 → 20YY) or GeneralizedTime YYYYMMDDHHMMSSZ, as UTC.</summary>
        private static DateTime ReadTime(DerReader r)
        {
            int tag = r.Read();
            int off = r.LastContentOffset;
            int len = r.LastContentLength;
            byte[] d = r.Data;
            int year;
            if (tag == DerTag.UtcTime && len == 13)
            {
                year = Digits(d, off, 2);
                year += year < 50 ? 2000 : 1900;
                off += 2;
            }
            else if (tag == DerTag.GeneralizedTime && len == 15)
            {
                year = Digits(d, off, 4);
                off += 4;
            }
            else
            {
                throw new ArgumentException("X.509: bad time");
            }

            if (d[off + 10] != (byte)'Z')
            {
                throw new ArgumentException("X.509: time not in UTC");
            }

            int month = Digits(d, off, 2);
            int day = Digits(d, off + 2, 2);
            int hour = Digits(d, off + 4, 2);
            int minute = Digits(d, off + 6, 2);
            int second = Digits(d, off + 8, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
            {
                throw new ArgumentException("X.509: bad time");
            }

            DateTime local;
            try
            {
                local = new DateTime(year, month, day, hour, minute, second);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new ArgumentException("X.509: bad date");
            }

            return new DateTime(local.Ticks, DateTimeKind.Utc);
        }

        private static int Digits(byte[] d, int off, int count)
        {
            int v = 0;
            for (int i = 0; i < count; i++)
            {
                int c = d[off + i] - '0';
                if (c < 0 || c > 9)
                {
                    throw new ArgumentException("X.509: bad time digit");
                }

                v = v * 10 + c;
            }

            return v;
        }
    }
}
