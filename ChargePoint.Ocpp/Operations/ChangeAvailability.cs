using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Availability;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>ChangeAvailability.req → <see cref="AvailabilityService.Change"/>.</summary>
    public sealed class ChangeAvailability : IOperationHandler
    {
        public object Parse(JsonReader payload) => ChangeAvailabilityRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (ChangeAvailabilityRequest)request;
            return new StatusPayload(((AvailabilityService)service).Change(req.ConnectorId, req.Type));
        }
    }
}
