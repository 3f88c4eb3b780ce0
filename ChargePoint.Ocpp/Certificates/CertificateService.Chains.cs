// CertificateService: checking a PEM certificate chain (parsing, validity period, signatures up to an installed root).
using System;
using System.Collections;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Certificates
{
    public sealed partial class CertificateService : ITickable
    {
        /// <summary>
        /// Null when a PEM chain (leaf first, at most max certificates) parses, its leaf has a P-256 key, every certificate
        /// is valid now (a leaf not yet valid is fine when leafMayWait), each is signed by the next, and the last is an
        /// installed certificate of this use (null: any) or signed by one; else why not. Shared by CertificateSigned and
        /// SignedUpdateFirmware. leaf: the first certificate, once parsed.
        /// </summary>
        internal string ChainProblem(string pem, int max, long nowMs, bool leafMayWait, string use, out X509Certificate leaf)
        {
            leaf = null;
            try
            {
                ArrayList certs = ParseChain(pem, max);
                if (certs.Count == 0)
                {
                    return "no certificate";
                }

                leaf = (X509Certificate)certs[0];
                if (leaf.PublicKey == null)
                {
                    return "not P-256 (RSA unsupported)";
                }

                var ecdsa = new Ecdsa();
                for (int i = 0; i < certs.Count; i++)
                {
                    var c = (X509Certificate)certs[i];
                    string time = CheckTime(c, nowMs, i > 0 || !leafMayWait);
                    if (time != null)
                    {
                        return time;
                    }

                    if (i + 1 < certs.Count && !c.IsSignedBy((X509Certificate)certs[i + 1], ecdsa))
                    {
                        return "bad signature on " + (i + 1).ToString();
                    }
                }

                var last = (X509Certificate)certs[certs.Count - 1];
                for (int i = 0; i < Store.Count; i++)
                {
                    InstalledCertificate entry = Store.At(i);
                    X509Certificate root = entry.Certificate;
                    if ((use == null || entry.Use == use) && (X509Certificate.SameBytes(root.Raw, last.Raw) || last.IsSignedBy(root, ecdsa)))
                    {
                        return null;
                    }
                }

                return "no installed " + (use ?? "root") + " signed it";
            }
            catch (Exception)
            {
                return "malformed chain";
            }
        }

        /// <summary>Without a set clock the period cannot be judged and is not. A leaf not yet valid is fine (it waits).</summary>
        private string CheckTime(X509Certificate cert, long nowMs, bool mustHaveStarted)
        {
            if (!_cp.Clock.IsSet)
            {
                return null;
            }

            long now = _cp.Clock.Now(nowMs).Ticks;
            if (now > cert.NotAfter.Ticks)
            {
                return "expired";
            }

            return mustHaveStarted && now < cert.NotBefore.Ticks ? "not yet valid" : null;
        }

        /// <summary>The certificates of a PEM chain in order; malformed PEM or DER, or more than max, throws.</summary>
        internal static ArrayList ParseChain(string pem, int max)
        {
            ArrayList certs = Pem.Decode(pem, Pem.Certificate, max);
            for (int i = 0; i < certs.Count; i++)
            {
                certs[i] = new X509Certificate((byte[])certs[i]);
            }

            return certs;
        }
    }
}
