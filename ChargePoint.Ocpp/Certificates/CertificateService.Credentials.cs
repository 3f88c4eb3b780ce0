// CertificateService: the charge point's own key pairs and certificates (their record, the SignCertificate answer, CertificateSigned).
using System.Text;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Certificates
{
    public sealed partial class CertificateService : ITickable
    {
        // ---- The charge point's own key pairs and certificates (a type of their own cost the image a row, a name, a
        // constructor and two fields), in the record CredentialsRecordName (replaced atomically): the key of the CSR waiting
        // for CertificateSigned (PendingKey), the certificate in use (Current) and an accepted new one (Next) that replaces
        // it only once it has been used (Commit: the TLS client makes it current after a handshake with it succeeded). One
        // line each: "kind\tcheck\tprivate hex\tpublic hex[\tescaped chain PEM]", check = 8 bytes of the SHA-256 of the
        // rest. A line failing its check is dropped with a warning. The private keys sit on flash in clear: the ESP32's
        // flash encryption is what protects them (not enabled by this firmware). ----

        public const string CredentialsRecordName = "sec.cpcert";

        private const string PendingKind = "pending";
        private const string CurrentKind = "current";
        private const string NextKind = "next";

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

            if (!SecurityService.Write(_cp.Storage, CredentialsRecordName, RecordText.PlainBytes(sb), _cp.Log))
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

        /// <summary>SignCertificate.conf status of the last CSR ("" before any).</summary>
        public string LastSignStatus = string.Empty;

        /// <summary>CertificateSigned.req → CertificateSignedStatus string.</summary>
        public string Signed(string chainPem, long nowMs)
        {
            // The chain: not too long, valid (ChainProblem) and for our pending key.
            EcKeyPair pending = PendingKey;
            X509Certificate leaf = null;
            string problem = chainPem.Length > MaxChainChars ? "chain too long" : pending == null ? "no CSR pending"
                : ChainProblem(chainPem, MaxChainCertificates, nowMs, true, null, out leaf);
            if (problem == null && !X509Certificate.SameBytes(leaf.PublicKey, pending.PublicKey))
            {
                problem = "not our CSR key";
            }

            if (problem != null)
            {
                SecurityService.Log(_cp, OcppLogLevel.Warning, "CertificateSigned: " + problem);
                _security.Add(SecurityService.InvalidChargePointCertificate, problem, nowMs);
                return OcppEnum.Rejected;
            }

            if (!Commit(null, Current, new InstalledCertificate(null, leaf, chainPem, pending)))
            {
                return OcppEnum.Rejected; // not saved: the Central System may send it again
            }

            SecurityService.Log(_cp, OcppLogLevel.Info, "certificate stored: " + leaf.SubjectCommonName);
            return OcppEnum.Accepted;
        }

        private void OnSignOutcome(int failure, object result, long nowMs)
        {
            _csrInFlight = false;
            string status = failure == OutgoingCall.Answered ? ((StatusPayload)result).Status : (string)result;
            LastSignStatus = status.Length > 0 ? status : "no answer";
            if (status != OcppEnum.Accepted)
            {
                // Refused or failed: the Central System triggers again.
                SecurityService.Log(_cp, OcppLogLevel.Warning, "SignCertificate: " + LastSignStatus);
            }
        }
    }
}
