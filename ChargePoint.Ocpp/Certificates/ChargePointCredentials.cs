using System;
using System.Text;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// The Charge Point's own key pairs and certificates, in the record <see cref="RecordName"/> (replaced atomically):
    /// the key of the CSR waiting for CertificateSigned (<see cref="PendingKey"/>), the certificate in use
    /// (<see cref="Current"/>) and an accepted new one (<see cref="Next"/>) that replaces it only once it has been used
    /// (<see cref="Commit"/>: the TLS client makes it current after a handshake with it succeeded). One line each:
    /// "kind\tcheck\tprivate hex\tpublic hex[\tescaped chain PEM]", check = 8 bytes of the SHA-256 of the rest.
    /// A line failing its check is dropped with a warning. The private keys sit on flash in clear: the ESP32's flash
    /// encryption is what protects them (not enabled by this firmware).
    /// </summary>
    public sealed class ChargePointCredentials
    {
        public const string RecordName = "sec.cpcert";

        private const string PendingKind = "pending";
        private const string CurrentKind = "current";
        private const string NextKind = "next";

        private readonly IStorage _storage;
        private readonly IOcppLog _log;

        public ChargePointCredentials(IStorage storage, IOcppLog log)
        {
            _storage = storage;
            _log = log;
            // The record: a line failing its check is dropped with a warning.
            string[] lines;
            try
            {
                byte[] data = _storage.Read(RecordName);
                if (data == null || data.Length == 0)
                {
                    return;
                }

                lines = RecordText.Lines(data, data.Length);
            }
            catch (Exception ex)
            {
                SecurityService.Log(_log, OcppLogLevel.Warning, RecordName + " unreadable: " + ex.Message);
                return;
            }

            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0 && !LoadLine(lines[i]))
                {
                    SecurityService.Log(_log, OcppLogLevel.Warning, RecordName + ": line " + (i + 1).ToString() + " corrupt");
                }
            }
        }

        public EcKeyPair PendingKey;

        public InstalledCertificate Current;

        public InstalledCertificate Next;

        /// <summary>
        /// Sets the three and saves them; when the record cannot be written nothing changes (false). A new CSR:
        /// (key, Current, Next); CertificateSigned accepted: (null, Current, the new one with the pending key); the new one
        /// connected: (PendingKey, Next, null); it never connected while the current one did: (PendingKey, Current, null).
        /// </summary>
        public bool Commit(EcKeyPair pending, InstalledCertificate current, InstalledCertificate next)
        {
            // The record of the new three first: the fields change only once it is written.
            var sb = new StringBuilder(256);
            if (pending != null)
            {
                Line(sb, PendingKind, pending, null);
            }

            if (current != null)
            {
                Line(sb, CurrentKind, current.Key, current.ChainPem);
            }

            if (next != null)
            {
                Line(sb, NextKind, next.Key, next.ChainPem);
            }

            if (!CertificateStore.Write(_storage, RecordName, sb, _log))
            {
                return false;
            }

            PendingKey = pending;
            Current = current;
            Next = next;
            return true;
        }

        private static void Line(StringBuilder sb, string kind, EcKeyPair key, string chainPem)
        {
            var body = new StringBuilder(256 + (chainPem == null ? 0 : chainPem.Length));
            body.Append(Hex.Encode(key.PrivateKey)).Append('\t').Append(Hex.Encode(key.PublicKey));
            if (chainPem != null)
            {
                body.Append('\t');
                RecordText.Escape(body, chainPem, true);
            }

            string text = body.ToString();
            sb.Append(kind).Append('\t').Append(CertificateStore.Check(Encoding.UTF8.GetBytes(text))).Append('\t').Append(text).Append('\n');
        }

        /// <summary>One record line into its field; false when its check, its kind, its field count or a value fails (any exception).</summary>
        private bool LoadLine(string line)
        {
            try
            {
                string[] p = line.Split(new char[] { '\t' }); // kind, check, private hex, public hex[, escaped chain PEM]
                string kind = p[0];
                string text = line.Substring(kind.Length + p[1].Length + 2);
                if (CertificateStore.Check(Encoding.UTF8.GetBytes(text)) != p[1])
                {
                    return false;
                }

                var key = new EcKeyPair(Hex.Decode(p[2]), Hex.Decode(p[3]));
                if (p.Length == 4 && kind == PendingKind)
                {
                    PendingKey = key;
                    return true;
                }

                string pem = RecordText.Unescape(p[4], true);
                var cert = new InstalledCertificate(null, new X509Certificate((byte[])Pem.Decode(pem, Pem.Certificate, 16)[0]), pem, key);
                if (p.Length == 5 && kind == CurrentKind)
                {
                    Current = cert;
                }
                else if (p.Length == 5 && kind == NextKind)
                {
                    Next = cert;
                }
                else
                {
                    return false;
                }

                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}
