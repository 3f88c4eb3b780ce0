// CertificateService: the installed root certificates (InstallCertificate, DeleteCertificate, GetInstalledCertificateIds).
using System;
using System.Collections;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Certificates
{
    public sealed partial class CertificateService : ITickable
    {
        /// <summary>InstallCertificate.req → InstallCertificateStatus string.</summary>
        public string Install(string use, string pem, long nowMs)
        {
            X509Certificate cert = null;
            string problem = "not PEM X.509";
            try
            {
                ArrayList certs = ParseChain(pem, 1);
                cert = certs.Count == 1 ? (X509Certificate)certs[0] : null;
            }
            catch (Exception)
            {
            }

            if (cert != null)
            {
                // A root: valid now, self-issued, and a P-256 one must verify its own signature (damage, tampering);
                // other keys (RSA) cannot be checked here.
                problem = CheckTime(cert, nowMs, true);
                if (problem == null && !X509Certificate.SameBytes(cert.IssuerDer, cert.SubjectDer))
                {
                    problem = "not self-issued";
                }
                else if (problem == null && cert.PublicKey != null && !cert.IsSignedBy(cert, new Ecdsa()))
                {
                    problem = "bad self-signature";
                }
            }

            if (problem != null)
            {
                if (use == OcppEnum.CentralSystemRootCertificate)
                {
                    _security.Add(SecurityService.InvalidCentralSystemCertificate, problem, nowMs);
                }
            }
            else if (Store.IndexOf(cert.Raw, use) >= 0)
            {
                return OcppEnum.Accepted; // already installed
            }
            else if (Store.Count >= Store.Capacity)
            {
                problem = "store full"; // not a security event
            }

            if (problem != null)
            {
                SecurityService.Log(_cp, OcppLogLevel.Warning, "InstallCertificate " + use + ": " + problem);
                return OcppEnum.Rejected;
            }

            return Store.Add(new InstalledCertificate(use, cert, null, null)) ? OcppEnum.Accepted : OcppEnum.Failed;
        }

        /// <summary>DeleteCertificate.req → DeleteCertificateStatus string.</summary>
        public string Delete(CertificateHashDataType hash)
        {
            int i = Store.Find(hash);
            if (i < 0)
            {
                return OcppEnum.NotFound;
            }

            InstalledCertificate entry = Store.At(i);
            if (entry.Use == OcppEnum.CentralSystemRootCertificate && _security.Profile >= 2
                && Store.CountOf(OcppEnum.CentralSystemRootCertificate) == 1)
            {
                SecurityService.Log(_cp, OcppLogLevel.Warning, "DeleteCertificate: last " + entry.Use); // the use's string is there anyway
                return OcppEnum.Failed;
            }

            return Store.RemoveAt(i) ? OcppEnum.Accepted : OcppEnum.Failed;
        }

        /// <summary>GetInstalledCertificateIds.req: the hash data of each certificate of this use, or null (NotFound).</summary>
        public CertificateHashDataType[] Ids(string use)
        {
            int n = Store.CountOf(use);
            if (n == 0)
            {
                return null;
            }

            var ids = new CertificateHashDataType[n];
            int k = 0;
            for (int i = 0; i < Store.Count; i++)
            {
                if (Store.At(i).Use == use)
                {
                    ids[k++] = Store.At(i).HashData;
                }
            }

            return ids;
        }
    }
}
