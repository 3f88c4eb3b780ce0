using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>
        /// The dispatcher once the certificate management is installed (it sits above the engine, so the engine's
        /// <see cref="Handle"/> does not name these handlers; one method, as each handler is only a parse and a call):
        /// payload set, the request parsed; else the parsed request handled by the <see cref="CertificateService"/>.
        /// UpdateFirmware once SignedUpdateFirmware is installed (service: the <see cref="FirmwareService"/>, whose Check
        /// is the <see cref="CertificateService"/>, <see cref="CertificateService.AddSignedFirmware"/>): refused with CallError
        /// SecurityError while FirmwareSigningRequired is true (UpdateFirmware.conf has no status to say no with);
        /// otherwise the engine's handler runs and the signed update in progress, if any, is replaced. The rest as the engine's.
        /// </summary>
        public static object WithCertificates(string action, JsonReader payload, object request, object service, long nowMs)
        {
            var certs = service as CertificateService;
            var text = request as StringPayload;
            switch (action)
            {
                case OcppAction.CertificateSigned:
                    return payload != null ? StringPayload.Parse(payload, "certificateChain", 10000, null) : (object)certs.Signed(text.Value, nowMs);
                case OcppAction.DeleteCertificate:
                    return payload != null ? CertificateHashDataType.ParseDelete(payload) : (object)certs.Delete((CertificateHashDataType)request);
                case OcppAction.GetInstalledCertificateIds:
                    if (payload != null)
                    {
                        return StringPayload.Parse(payload, "certificateType", 0, OcppEnum.CertificateUseEnumType);
                    }

                    CertificateHashDataType[] ids = certs.Ids(text.Value);
                    return new StatusPayload(ids == null ? OcppEnum.NotFound : OcppEnum.Accepted) { CertificateHashData = ids };
                case OcppAction.InstallCertificate:
                    return payload != null ? StringPayload.ParsePair(payload, true) : (object)certs.Install(text.Value, text.Value2, nowMs);
                case OcppAction.SignedUpdateFirmware:
                    return payload != null ? UpdateFirmwareRequest.Parse(payload, OcppAction.SignedUpdateFirmware) : (object)certs.SignedUpdateFirmware((UpdateFirmwareRequest)request, nowMs);
                case OcppAction.UpdateFirmware:
                    var firmware = service as FirmwareService;
                    var signed = firmware == null ? null : firmware.Check as CertificateService;
                    if (payload == null && signed != null)
                    {
                        if (signed.SigningRequired)
                        {
                            throw new OcppException(CallErrorCode.SecurityError, CertificateService.SigningRequiredKey);
                        }

                        if (!firmware.IsInstalling)
                        {
                            signed.Forget(); // replaced by the plain update (an install in progress ignores it)
                        }
                    }

                    break;
            }

            return Handle(action, payload, request, service, nowMs);
        }
    }
}
