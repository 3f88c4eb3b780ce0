using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>GetCompositeSchedule.req → <see cref="SmartChargingService.CompositeSchedule"/>.</summary>
        public static object GetCompositeSchedule(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return GetCompositeScheduleRequest.Parse(payload);
            }

            var req = (GetCompositeScheduleRequest)request;
            return ((SmartChargingService)service).CompositeSchedule(req.ConnectorId, req.Duration, req.ChargingRateUnit, nowMs);
        }
    }
}
