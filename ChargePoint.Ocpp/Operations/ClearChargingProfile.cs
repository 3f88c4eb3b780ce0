using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>ClearChargingProfile.req → <see cref="SmartChargingService.Clear"/> (Accepted or Unknown).</summary>
    public sealed class ClearChargingProfile : IOperationHandler
    {
        private readonly SmartChargingService _service;

        public ClearChargingProfile(SmartChargingService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => ClearChargingProfileRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (ClearChargingProfileRequest)request;
            return new StatusPayload(_service.Clear(req.Id, req.ConnectorId, req.ChargingProfilePurpose, req.StackLevel));
        }
    }
}
