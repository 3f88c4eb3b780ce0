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
        private readonly AvailabilityService _service;

        public ChangeAvailability(AvailabilityService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => ChangeAvailabilityRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (ChangeAvailabilityRequest)request;
            return new StatusPayload(_service.Change(req.ConnectorId, req.Type));
        }
    }
}
