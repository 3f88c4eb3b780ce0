using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Security;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// Adds the certificate management of the Security Whitepaper to a charge point that has the Security feature:
    /// InstallCertificate, DeleteCertificate, GetInstalledCertificateIds, CertificateSigned, and
    /// ExtendedTriggerMessage(SignChargePointCertificate) → SignCertificate. Install after
    /// <see cref="SecurityService"/>; sets the read-only keys CertificateStoreMaxLength and
    /// CertificateSignedMaxChainSize to what this build holds.
    /// </summary>
    public static class CertificateFeature
    {
        /// <param name="entropy">Randomness for the key pair of a CSR; null: SignChargePointCertificate stays NotImplemented.</param>
        public static CertificateService Install(OcppChargePoint cp, SecurityService security, CertificateSettings settings, IEntropySource entropy)
        {
            var service = new CertificateService(cp, security, settings, entropy);
            Report(cp, SecurityService.CertificateStoreMaxLengthKey, settings.MaxInstalledCertificates);
            Report(cp, SecurityService.CertificateSignedMaxChainSizeKey, settings.MaxChainChars);
            cp.Session.Register(OcppAction.InstallCertificate, Operations.Handlers.InstallCertificate, service);
            cp.Session.Register(OcppAction.DeleteCertificate, Operations.Handlers.DeleteCertificate, service);
            cp.Session.Register(OcppAction.GetInstalledCertificateIds, Operations.Handlers.GetInstalledCertificateIds, service);
            cp.Session.Register(OcppAction.CertificateSigned, Operations.Handlers.CertificateSigned, service);
            if (security.ExtendedTrigger != null)
            {
                security.ExtendedTrigger.SignChargePointCertificate = service.RequestSigning;
            }

            cp.AddService(service);
            return service;
        }

        /// <summary>The read-only key tells what this build holds (SecurityService may already say so: then nothing is written).</summary>
        private static void Report(OcppChargePoint cp, string key, int value)
        {
            int k = cp.Configuration.Find(key);
            if (k < 0 || cp.Configuration.Int(k) != value)
            {
                cp.Configuration.SetLocal(key, value.ToString());
            }
        }
    }
}
