using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Diagnostics;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>GetLog.req → <see cref="DiagnosticsService.Request(GetLogRequest, out string)"/>; the .conf names the file when accepted.</summary>
    public sealed class GetLog : IOperationHandler
    {
        public object Parse(JsonReader payload) => GetLogRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (GetLogRequest)request;
            string fileName;
            var response = new GetLogResponse(((DiagnosticsService)service).Request(req, out fileName));
            response.Filename = fileName;
            return response;
        }
    }
}
