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
                CertificateStore.Log(_log, OcppLogLevel.Warning, RecordName + " unreadable: " + ex.Message);
                return;
            }

            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0 && !LoadLine(lines[i]))
                {
                    CertificateStore.Log(_log, OcppLogLevel.Warning, RecordName + ": line " + (i + 1).ToString() + " corrupt");
                }
            }
        }

        public EcKeyPair PendingKey;

        public ClientCertificate Current;

        public ClientCertificate Next;

        /// <summary>
        /// Sets the three and saves them; when the record cannot be written nothing changes (false). A new CSR:
        /// (key, Current, Next); CertificateSigned accepted: (null, Current, the new one with the pending key); the new one
        /// connected: (PendingKey, Next, null); it never connected while the current one did: (PendingKey, Current, null).
        /// </summary>
        public bool Commit(EcKeyPair pending, ClientCertificate current, ClientCertificate next)
        {
            EcKeyPair oldPending = PendingKey;
            ClientCertificate oldCurrent = Current;
            ClientCertificate oldNext = Next;
            PendingKey = pending;
            Current = current;
            Next = next;
            if (Save())
            {
                return true;
            }

            PendingKey = oldPending;
            Current = oldCurrent;
            Next = oldNext;
            return false;
        }

        private bool Save()
        {
            var sb = new StringBuilder(256);
            if (PendingKey != null)
            {
                Line(sb, PendingKind, PendingKey, null);
            }

            if (Current != null)
            {
                Line(sb, CurrentKind, Current.Key, Current.ChainPem);
            }

            if (Next != null)
            {
                Line(sb, NextKind, Next.Key, Next.ChainPem);
            }

            return CertificateStore.Write(_storage, RecordName, sb, _log);
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

        private bool LoadLine(string line)
        {
            int a = line.IndexOf('\t');
            int b = a < 0 ? -1 : line.IndexOf('\t', a + 1);
            if (b < 0)
            {
                return false;
            }

            string kind = line.Substring(0, a);
            string text = line.Substring(b + 1);
            if (CertificateStore.Check(Encoding.UTF8.GetBytes(text)) != line.Substring(a + 1, b - a - 1))
            {
                return false;
            }

            string[] parts = text.Split(new char[] { '\t' });
            try
            {
                var key = new EcKeyPair(Hex.Decode(parts[0]), Hex.Decode(parts[1]));
                if (kind == PendingKind && parts.Length == 2)
                {
                    PendingKey = key;
                    return true;
                }

                if (parts.Length != 3 || (kind != CurrentKind && kind != NextKind))
                {
                    return false;
                }

                string pem = RecordText.Unescape(parts[2], true);
                var certs = Pem.Decode(pem, Pem.Certificate, 16);
                var cert = new ClientCertificate(pem, new X509Certificate((byte[])certs[0]), key);
                if (kind == CurrentKind)
                {
                    Current = cert;
                }
                else
                {
                    Next = cert;
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
