using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Firmware;
using ChargePoint.Ocpp.Model.Security;

namespace ChargePoint.Ocpp.Certificates.Firmware
{
    /// <summary>
    /// Adds SignedUpdateFirmware to a charge point with FirmwareManagement and the certificate feature (install after
    /// <see cref="CertificateFeature.Install"/>); UpdateFirmware then obeys FirmwareSigningRequired.
    /// </summary>
    public static class SignedFirmwareFeature
    {
        /// <param name="image">Read access to the download (the platform's updater); null: every signed update ends InstallVerificationFailed.</param>
        public static SignedFirmwareService Install(OcppChargePoint cp, SecurityService security, CertificateService certs, FirmwareService firmware, IDownloadedFirmware image)
        {
            var service = new SignedFirmwareService(cp, security, certs, firmware, image);
            cp.Session.Register(OcppAction.SignedUpdateFirmware, Operations.Handlers.SignedUpdateFirmware, service);
            cp.Session.Register(OcppAction.UpdateFirmware, Operations.Handlers.SignedOnlyUpdateFirmware, firmware);
            if (security.ExtendedTrigger != null)
            {
                security.ExtendedTrigger.SignedFirmwareStatus = service.TriggeredStatusCall;
            }
            return service;
        }
    }
}
