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
                return ConnectorRequest.Parse(payload, Messages.V16.DataTypes.OcppEnum.ChargingRateUnitType);
            }

            var req = (ConnectorRequest)request;
            return ((SmartChargingService)service).CompositeSchedule(req.ConnectorId, req.Duration, req.Value, nowMs);
        }
    }
}
