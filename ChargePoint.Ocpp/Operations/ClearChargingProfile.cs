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
        public object Parse(JsonReader payload) => ClearChargingProfileRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (ClearChargingProfileRequest)request;
            return new StatusPayload(((SmartChargingService)service).Clear(req.Id, req.ConnectorId, req.ChargingProfilePurpose, req.StackLevel));
        }
    }
}
