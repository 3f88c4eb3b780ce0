using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>SetChargingProfile.req → <see cref="SmartChargingService.SetProfile"/> (Accepted or Rejected).</summary>
        public static object SetChargingProfile(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return ProfileRequest.Parse(payload, OcppAction.SetChargingProfile);
            }

            var req = (ProfileRequest)request;
            return ((SmartChargingService)service).SetProfile(req.ConnectorId, req.ChargingProfile, nowMs);
        }
    }
}
