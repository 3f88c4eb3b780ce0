using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>
        /// The dispatcher once the certificate management is installed (it sits above the engine, so the engine's
        /// <see cref="Handle"/> does not name its handlers): its actions, UpdateFirmware through
        /// <see cref="SignedOnlyUpdateFirmware"/> once SignedUpdateFirmware is installed, the rest as the engine's.
        /// </summary>
        public static object WithCertificates(string action, JsonReader payload, object request, object service, long nowMs)
        {
            switch (action)
            {
                case OcppAction.CertificateSigned: return CertificateSigned(payload, request, service, nowMs);
                case OcppAction.DeleteCertificate: return DeleteCertificate(payload, request, service, nowMs);
                case OcppAction.GetInstalledCertificateIds: return GetInstalledCertificateIds(payload, request, service, nowMs);
                case OcppAction.InstallCertificate: return InstallCertificate(payload, request, service, nowMs);
                case OcppAction.SignedUpdateFirmware: return SignedUpdateFirmware(payload, request, service, nowMs);
                case OcppAction.UpdateFirmware:
                    if (service is FirmwareService firmware && firmware.Check is SignedFirmwareService)
                    {
                        return SignedOnlyUpdateFirmware(payload, request, service, nowMs);
                    }

                    break;
            }

            return Handle(action, payload, request, service, nowMs);
        }
    }
}
