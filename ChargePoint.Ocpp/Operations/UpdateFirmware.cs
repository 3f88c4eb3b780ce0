using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>UpdateFirmware.req → <see cref="FirmwareService.Request"/>; the empty .conf only acknowledges it.</summary>
        public static object UpdateFirmware(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return UpdateFirmwareRequest.Parse(payload, OcppAction.UpdateFirmware);
            }

            ((FirmwareService)service).Request((UpdateFirmwareRequest)request, nowMs);
            return new EmptyPayload();
        }
    }
}
