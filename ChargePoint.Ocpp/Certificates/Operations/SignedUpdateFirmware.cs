using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>SignedUpdateFirmware.req → <see cref="SignedFirmwareService.Request"/>.</summary>
        public static object SignedUpdateFirmware(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return UpdateFirmwareRequest.Parse(payload, OcppAction.SignedUpdateFirmware);
            }

            return ((SignedFirmwareService)service).Request((UpdateFirmwareRequest)request, nowMs);
        }
    }
}
