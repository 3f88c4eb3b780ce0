using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>SetChargingProfile.req → <see cref="SmartChargingService.SetProfile"/> (Accepted or Rejected).</summary>
    public sealed class SetChargingProfile : IOperationHandler
    {
        public object Parse(JsonReader payload) => SetChargingProfileRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (SetChargingProfileRequest)request;
            return new StatusPayload(((SmartChargingService)service).SetProfile(req.ConnectorId, req.CsChargingProfiles, nowMs));
        }
    }
}
