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
        private readonly SmartChargingService _service;

        public GetCompositeSchedule(SmartChargingService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => GetCompositeScheduleRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (GetCompositeScheduleRequest)request;
            return _service.CompositeSchedule(req.ConnectorId, req.Duration, req.ChargingRateUnit, nowMs);
        }
    }
}
