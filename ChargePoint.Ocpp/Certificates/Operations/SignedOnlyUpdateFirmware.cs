using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>
    /// UpdateFirmware.req once SignedUpdateFirmware is installed: refused with CallError SecurityError while
    /// FirmwareSigningRequired is true (UpdateFirmware.conf has no status to say no with); otherwise the plain handler
    /// runs and the signed update in progress, if any, is replaced.
    /// </summary>
    public sealed class SignedOnlyUpdateFirmware : IOperationHandler
    {
        private readonly IOperationHandler _plain;
        private readonly SignedFirmwareService _signed;

        public SignedOnlyUpdateFirmware(IOperationHandler plain, SignedFirmwareService signed)
        {
            _plain = plain;
            _signed = signed;
        }

        public object Parse(JsonReader payload) => _plain.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            if (_signed.SigningRequired)
            {
                throw new OcppException(CallErrorCode.SecurityError, "unsigned firmware refused (FirmwareSigningRequired): use SignedUpdateFirmware");
            }

            _signed.PlainRequested();
            return _plain.Handle(request, nowMs);
        }
    }
}
