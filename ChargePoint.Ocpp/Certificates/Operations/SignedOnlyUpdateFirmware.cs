using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>
        /// UpdateFirmware.req once SignedUpdateFirmware is installed (service: the <see cref="FirmwareService"/>, whose
        /// Check is the <see cref="SignedFirmwareService"/>): refused with CallError SecurityError while
        /// FirmwareSigningRequired is true (UpdateFirmware.conf has no status to say no with); otherwise the plain handler
        /// runs and the signed update in progress, if any, is replaced.
        /// </summary>
        public static object SignedOnlyUpdateFirmware(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return Handlers.UpdateFirmware(payload, null, null, 0);
            }

            var signed = (SignedFirmwareService)((FirmwareService)service).Check;
            if (signed.SigningRequired)
            {
                throw new OcppException(CallErrorCode.SecurityError, SignedFirmwareService.SigningRequiredKey);
            }

            signed.PlainRequested();
            return Handlers.UpdateFirmware(null, request, service, nowMs);
        }
    }
}
