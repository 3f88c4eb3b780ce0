using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>GetDiagnostics.req → <see cref="DiagnosticsService.Request(UpdateFirmwareRequest, long)"/>; the .conf names the file (omitted when none).</summary>
        public static object GetDiagnostics(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return UpdateFirmwareRequest.Parse(payload, OcppAction.GetDiagnostics);
            }

            return new StringPayload("fileName", ((DiagnosticsService)service).Request((UpdateFirmwareRequest)request, nowMs));
        }
    }
}
