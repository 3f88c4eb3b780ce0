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
        private readonly object _plainService;

        /// <summary>plain and plainService: the UpdateFirmware handler and service it stands in front of.</summary>
        public SignedOnlyUpdateFirmware(IOperationHandler plain, object plainService)
        {
            _plain = plain;
            _plainService = plainService;
        }

        public object Parse(JsonReader payload) => _plain.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var signed = (SignedFirmwareService)service;
            if (signed.SigningRequired)
            {
                throw new OcppException(CallErrorCode.SecurityError, "unsigned firmware refused (FirmwareSigningRequired): use SignedUpdateFirmware");
            }

            signed.PlainRequested();
            return _plain.Handle(request, _plainService, nowMs);
        }
    }
}
