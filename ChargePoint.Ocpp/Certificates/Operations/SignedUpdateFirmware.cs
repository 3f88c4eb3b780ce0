using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>SignedUpdateFirmware.req → <see cref="SignedFirmwareService.Request"/>.</summary>
    public sealed class SignedUpdateFirmware : IOperationHandler
    {
        private readonly SignedFirmwareService _service;

        public SignedUpdateFirmware(SignedFirmwareService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => SignedUpdateFirmwareRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (SignedUpdateFirmwareRequest)request;
            return new StatusPayload(_service.Request(req, nowMs));
        }
    }
}
