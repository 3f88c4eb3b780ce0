using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// Minimal X.509 v1-v3 certificate parser (RFC 5280): the fields needed to verify chains of P-256 certificates
    /// and to answer GetInstalledCertificateIds. Extensions are skipped. Malformed DER throws ArgumentException.
    /// </summary>
    public sealed class X509Certificate
    {
        public readonly byte[] Raw;

        /// <summary>The DER TBSCertificate: the signed bytes.</summary>
        public readonly byte[] TbsBytes;

        /// <summary>The serial number's INTEGER content octets.</summary>
        public readonly byte[] SerialNumber;

        /// <summary>The issuer Name as DER (its SHA-256 is OCPP's issuerNameHash).</summary>
        public readonly byte[] IssuerDer;

        public readonly byte[] SubjectDer;

        public readonly string IssuerCommonName;

        public readonly string SubjectCommonName;

        public readonly DateTime NotBefore;

        public readonly DateTime NotAfter;

        /// <summary>The subjectPublicKey BIT STRING octets (their SHA-256 is OCPP's issuerKeyHash when this is the issuer).</summary>
        public readonly byte[] PublicKeyBits;

        /// <summary>The uncompressed P-256 point (65 bytes) when the key is EC (id-ecPublicKey) on prime256v1, else null.</summary>
        public readonly byte[] PublicKey;

        /// <summary>The signature algorithm's OID as content octets in hex (the OID constants of <see cref="DerReader"/>).</summary>
        public readonly string SignatureAlgorithm;

        /// <summary>The signatureValue BIT STRING octets (DER ECDSA-Sig-Value for ECDSA).</summary>
        public readonly byte[] Signature;

        /// <summary>Parses a DER certificate; malformed DER throws ArgumentException.</summary>
        public X509Certificate(byte[] der)
        {
            Raw = der;
            var outer = new DerReader(der);
            DerReader cert = outer.Enter(DerReader.Sequence);
            outer.ExpectEnd();

            DerReader tbs = cert.Enter(DerReader.Sequence);
            TbsBytes = cert.CopyLast();
            DerReader alg = cert.Enter(DerReader.Sequence);
            SignatureAlgorithm = alg.ReadOid();
            Signature = cert.ReadBitString();
            cert.ExpectEnd();

            // The version (v2/v3: [0] INTEGER; v1: absent): checked to be well-formed, not kept (nothing reads it).
            if (tbs.PeekTag() == DerReader.ContextConstructed)
            {
                DerReader v = tbs.Enter(DerReader.ContextConstructed);
                v.ReadUnsignedInteger(3);
                v.ExpectEnd();
            }

            // The serial: the INTEGER's raw content octets (two's complement).
            tbs.Read(DerReader.Integer);
            int serialLength = tbs.LastContentLength;
            if (serialLength == 0)
            {
                throw DerReader.Bad();
            }

            SerialNumber = new byte[serialLength];
            Array.Copy(der, tbs.LastContentOffset, SerialNumber, 0, serialLength);
            DerReader innerAlg = tbs.Enter(DerReader.Sequence);
            if (innerAlg.ReadOid() != SignatureAlgorithm)
            {
                throw DerReader.Bad();
            }

            tbs.Read(DerReader.Sequence);
            IssuerDer = tbs.CopyLast();
            DerReader validity = tbs.Enter(DerReader.Sequence);
            NotBefore = ReadTime(validity);
            NotAfter = ReadTime(validity);
            validity.ExpectEnd();
            tbs.Read(DerReader.Sequence);
            SubjectDer = tbs.CopyLast();

            DerReader spki = tbs.Enter(DerReader.Sequence);
            DerReader keyAlg = spki.Enter(DerReader.Sequence);
            string algorithm = keyAlg.ReadOid();
            string curve = keyAlg.PeekTag() == DerReader.ObjectIdentifier ? keyAlg.ReadOid() : null; // the named curve of an EC key

            PublicKeyBits = spki.ReadBitString();
            spki.ExpectEnd();
            byte[] bits = PublicKeyBits;
            if (algorithm == DerReader.EcPublicKey && curve == DerReader.Prime256v1
                && bits.Length == Ecdsa.PublicKeySize && bits[0] == 0x04)
            {
                PublicKey = bits;
            }

            // issuerUniqueID [1], subjectUniqueID [2], extensions [3]: well-formed, otherwise skipped.
            while (tbs.HasMore)
            {
                tbs.Read();
            }

            IssuerCommonName = FindName(IssuerDer, DerReader.CommonName);
            SubjectCommonName = FindName(SubjectDer, DerReader.CommonName);
        }

        /// <summary>
        /// True when this certificate's issuer name is the issuer's subject and its ecdsa-with-SHA256 signature over
        /// the TBS bytes verifies with the issuer's P-256 key. Other algorithms (RSA) are refused.
        /// </summary>
        public bool IsSignedBy(X509Certificate issuer, Ecdsa ecdsa)
        {
            if (issuer == null || issuer.PublicKey == null || SignatureAlgorithm != DerReader.EcdsaWithSha256
                || !SameBytes(IssuerDer, issuer.SubjectDer))
            {
                return false;
            }

            return ecdsa.Verify(issuer.PublicKey, Sha256.Hash(TbsBytes), Ecdsa.FromDer(Signature));
        }

        /// <summary>The first value of the attribute (e.g. DerReader.CommonName) in a DER Name (SEQUENCE OF SET OF { type OID, value string }), or null when absent or not a string.</summary>
        public static string FindName(byte[] nameDer, string oid)
        {
            var outer = new DerReader(nameDer);
            DerReader rdns = outer.Enter(DerReader.Sequence);
            while (rdns.HasMore)
            {
                DerReader set = rdns.Enter(DerReader.Set);
                while (set.HasMore)
                {
                    DerReader atv = set.Enter(DerReader.Sequence);
                    if (atv.ReadOid() == oid)
                    {
                        return atv.ReadString();
                    }
                }
            }

            return null;
        }

        /// <summary>Byte-wise equality in time independent of where the arrays differ.</summary>
        public static bool SameBytes(byte[] a, byte[] b)
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
            if (tag == DerReader.UtcTime && len == 13)
            {
                year = Digits(d, off, 2);
                year += year < 50 ? 2000 : 1900;
                off += 2;
            }
            else if (tag == DerReader.GeneralizedTime && len == 15)
            {
                year = Digits(d, off, 4);
                off += 4;
            }
            else
            {
                throw DerReader.Bad();
            }

            if (d[off + 10] != (byte)'Z')
            {
                throw DerReader.Bad();
            }

            int month = Digits(d, off, 2);
            int day = Digits(d, off + 2, 2);
            int hour = Digits(d, off + 4, 2);
            int minute = Digits(d, off + 6, 2);
            int second = Digits(d, off + 8, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
            {
                throw DerReader.Bad();
            }

            DateTime local;
            try
            {
                local = new DateTime(year, month, day, hour, minute, second);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw DerReader.Bad();
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
                    throw DerReader.Bad();
                }

                v = v * 10 + c;
            }

            return v;
        }
    }
}
