using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>GetCompositeSchedule.req → <see cref="SmartChargingService.CompositeSchedule"/>.</summary>
    public sealed class GetCompositeSchedule : IOperationHandler
    {
        public object Parse(JsonReader payload) => GetCompositeScheduleRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (GetCompositeScheduleRequest)request;
            return ((SmartChargingService)service).CompositeSchedule(req.ConnectorId, req.Duration, req.ChargingRateUnit, nowMs);
        }
    }
}
