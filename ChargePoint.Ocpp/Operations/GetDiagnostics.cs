using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Diagnostics;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>GetDiagnostics.req → <see cref="DiagnosticsService.Request(GetDiagnosticsRequest, long)"/>; the .conf names the file (omitted when none).</summary>
    public sealed class GetDiagnostics : IOperationHandler
    {
        public object Parse(JsonReader payload) => GetDiagnosticsRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (GetDiagnosticsRequest)request;
            return new StringPayload("fileName", ((DiagnosticsService)service).Request(req, nowMs));
        }
    }
}
