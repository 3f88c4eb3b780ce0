using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>GetLog.req → <see cref="DiagnosticsService.Request(UpdateFirmwareRequest, out string)"/>; the .conf names the file when accepted.</summary>
        public static object GetLog(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return UpdateFirmwareRequest.Parse(payload, OcppAction.GetLog);
            }

            string fileName;
            string status = ((DiagnosticsService)service).Request((UpdateFirmwareRequest)request, out fileName);
            return new StatusPayload(status) { TextName = "filename", Text = fileName };
        }
    }
}
