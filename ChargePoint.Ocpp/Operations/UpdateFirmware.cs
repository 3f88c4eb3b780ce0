using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Firmware;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>UpdateFirmware.req → <see cref="FirmwareService.Request"/>; the empty .conf only acknowledges it.</summary>
    public sealed class UpdateFirmware : IOperationHandler
    {
        public object Parse(JsonReader payload) => UpdateFirmwareRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (UpdateFirmwareRequest)request;
            ((FirmwareService)service).Request(req, nowMs);
            return new EmptyPayload();
        }
    }
}
