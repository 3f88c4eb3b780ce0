using System;
using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// The root certificates installed by InstallCertificate, on flash in the record <see cref="RecordName"/> (replaced
    /// atomically on every change): one "use\tcheck\tbase64(DER)" line each, check = the first 8 bytes of the DER's
    /// SHA-256 in hex. At most <see cref="Capacity"/> entries (CertificateStoreMaxLength). A line that fails its check,
    /// its base64 or the X.509 parse is dropped with a warning (and the record rewritten without it); an unreadable
    /// record leaves the store empty with a warning. Never throws on bad data.
    /// </summary>
    public sealed class CertificateStore
    {
        public const string RecordName = "sec.certs";

        private readonly IStorage _storage;
        private readonly IOcppLog _log;
        private readonly ArrayList _entries = new ArrayList();

        public CertificateStore(IStorage storage, int capacity, IOcppLog log)
        {
            _storage = storage;
            Capacity = capacity;
            _log = log;
            // The record: a line that fails its check, base64 or parse is dropped (and the record rewritten without it);
            // undecodable text is rewritten empty, a read error leaves the record as it is.
            string[] lines = ReadLines(storage, RecordName, log);
            bool dropped = lines != null && lines.Length == 0;
            for (int i = 0; lines != null && i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                // "use\tcheck\tbase64(DER)": too few fields, bad base64 or DER throw; a wrong check or use is null too.
                InstalledCertificate entry = null;
                string[] parts = lines[i].Split(new char[] { '\t' });
                try
                {
                    byte[] der = Convert.FromBase64String(parts[2]);
                    if (parts.Length == 3 && Check(der) == parts[1] && Messages.Validate.IsOneOf(parts[0], OcppEnum.CertificateUseEnumType))
                    {
                        entry = new InstalledCertificate(parts[0], new X509Certificate(der), null, null);
                    }
                }
                catch (Exception)
                {
                }

                if (entry == null || _entries.Count >= Capacity)
                {
                    dropped = true;
                    SecurityService.Log(_log, OcppLogLevel.Warning, RecordName + ": line " + (i + 1).ToString() + (entry == null ? " corrupt" : " over capacity"));
                    continue;
                }

                _entries.Add(entry);
            }

            Rehash();
            if (dropped)
            {
                Save();
            }
        }

        public readonly int Capacity;

        public int Count => _entries.Count;

        public InstalledCertificate At(int index) => (InstalledCertificate)_entries[index];

        public int CountOf(string use)
        {
            int n = 0;
            for (int i = 0; i < _entries.Count; i++)
            {
                if (At(i).Use == use)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>The entry with these DER bytes and this use, or -1.</summary>
        public int IndexOf(byte[] der, string use)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                InstalledCertificate e = At(i);
                if (e.Use == use && X509Certificate.SameBytes(e.Certificate.Raw, der))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The entry whose hash data matches, or -1.</summary>
        public int Find(CertificateHashDataType hash)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                // Made by HashOf: lowercase already; the wanted serial may have other leading zeros.
                CertificateHashDataType installed = At(i).HashData;
                if (installed.HashAlgorithm == hash.HashAlgorithm
                    && installed.IssuerNameHash == hash.IssuerNameHash.ToLower()
                    && installed.IssuerKeyHash == hash.IssuerKeyHash.ToLower()
                    && TrimZeros(installed.SerialNumber) == TrimZeros(hash.SerialNumber.ToLower()))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Adds and persists; false (store unchanged) when full or when the record cannot be written.</summary>
        public bool Add(InstalledCertificate entry)
        {
            if (_entries.Count >= Capacity)
            {
                return false;
            }

            _entries.Add(entry);
            if (!Save())
            {
                _entries.RemoveAt(_entries.Count - 1);
                return false;
            }

            Rehash();
            return true;
        }

        /// <summary>Removes and persists; false (store unchanged) when the record cannot be written.</summary>
        public bool RemoveAt(int index)
        {
            object entry = _entries[index];
            _entries.RemoveAt(index);
            if (!Save())
            {
                _entries.Insert(index, entry);
                return false;
            }

            Rehash();
            return true;
        }

        /// <summary>issuerKeyHash needs the issuer's key: the entry itself when self-issued, else the installed entry whose subject is its issuer (itself when none is).</summary>
        private void Rehash()
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                X509Certificate c = At(i).Certificate;
                X509Certificate issuer = c;
                if (!X509Certificate.SameBytes(c.IssuerDer, c.SubjectDer))
                {
                    for (int j = 0; j < _entries.Count; j++)
                    {
                        if (X509Certificate.SameBytes(At(j).Certificate.SubjectDer, c.IssuerDer))
                        {
                            issuer = At(j).Certificate;
                            break;
                        }
                    }
                }

                At(i).HashData = HashOf(c, issuer);
            }
        }

        private bool Save()
        {
            var sb = new StringBuilder(1024 * _entries.Count + 1);
            for (int i = 0; i < _entries.Count; i++)
            {
                InstalledCertificate e = At(i);
                byte[] der = e.Certificate.Raw;
                sb.Append(e.Use).Append('\t').Append(Check(der)).Append('\t').Append(Convert.ToBase64String(der)).Append('\n');
            }

            return SecurityService.Write(_storage, RecordName, RecordText.PlainBytes(sb), _log);
        }

        /// <summary>
        /// The lines of a record of the certificate classes (each line carries its own check): null when it is absent or
        /// cannot be read, no line when its text cannot be decoded (both with a warning).
        /// </summary>
        internal static string[] ReadLines(IStorage storage, string record, IOcppLog log)
        {
            byte[] data = null;
            try
            {
                data = storage.Read(record);
                return data == null ? null : RecordText.Lines(data, data.Length);
            }
            catch (Exception ex)
            {
                SecurityService.Log(log, OcppLogLevel.Warning, record + " unreadable: " + ex.Message);
                return data == null ? null : new string[0];
            }
        }

        /// <summary>
        /// CertificateHashDataType of a certificate (Security Whitepaper): SHA256, issuerNameHash = SHA-256 of the DER issuer
        /// Name, issuerKeyHash = SHA-256 of the issuer's subjectPublicKey BIT STRING value, serialNumber = the serial's
        /// big-endian bytes in lowercase hex without leading zero bytes. Matching (<see cref="Find"/>) ignores case
        /// and leading zeros.
        /// </summary>
        public static CertificateHashDataType HashOf(X509Certificate certificate, X509Certificate issuer)
        {
            byte[] serial = certificate.SerialNumber;
            int start = 0;
            while (start < serial.Length - 1 && serial[start] == 0)
            {
                start++;
            }

            return new CertificateHashDataType(OcppEnum.SHA256, Hex.Encode(Sha256.Hash(certificate.IssuerDer)),
                Hex.Encode(Sha256.Hash(issuer.PublicKeyBits)), Hex.Encode(serial, start, serial.Length - start));
        }

        private static string TrimZeros(string hex)
        {
            int start = 0;
            while (start < hex.Length - 1 && hex[start] == '0')
            {
                start++;
            }

            return hex.Substring(start);
        }
        /// <summary>A record line's check: the first 8 bytes of the SHA-256, hex.</summary>
        internal static string Check(byte[] der) => Hex.Encode(Sha256.Hash(der), 0, 8);

    }
}
