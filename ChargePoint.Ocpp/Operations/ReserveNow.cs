using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>ReserveNow.req → <see cref="ReservationService.Reserve"/>.</summary>
        public static object ReserveNow(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return ReserveNowRequest.Parse(payload);
            }

            var req = (ReserveNowRequest)request;
            return ((ReservationService)service).Reserve(req.ConnectorId, UtcTime.ToMs(req.ExpiryDate), req.IdTag, req.ParentIdTag, req.ReservationId, nowMs);
        }
    }
}
