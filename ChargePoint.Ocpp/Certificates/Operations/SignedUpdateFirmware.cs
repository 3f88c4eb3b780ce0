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
        public object Parse(JsonReader payload) => SignedUpdateFirmwareRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (SignedUpdateFirmwareRequest)request;
            return new StatusPayload(((SignedFirmwareService)service).Request(req, nowMs));
        }
    }
}
