using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>ClearChargingProfile.req → <see cref="SmartChargingService.Clear"/> (Accepted or Unknown).</summary>
        public static object ClearChargingProfile(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return ProfileRequest.Parse(payload, OcppAction.ClearChargingProfile);
            }

            var req = (ProfileRequest)request;
            return ((SmartChargingService)service).Clear(req.Id, req.ConnectorId, req.ChargingProfilePurpose, req.StackLevel);
        }
    }
}
