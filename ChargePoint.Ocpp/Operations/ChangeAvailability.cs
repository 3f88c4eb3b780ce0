using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>ChangeAvailability.req → <see cref="OcppChargePoint.ChangeAvailability"/>.</summary>
        public static object ChangeAvailability(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return ConnectorRequest.Parse(payload, Messages.V16.DataTypes.OcppEnum.AvailabilityType);
            }

            var req = (ConnectorRequest)request;
            return ((OcppChargePoint)service).ChangeAvailability(req.ConnectorId, req.Value);
        }
    }
}
