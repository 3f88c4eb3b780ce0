using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.LocalAuthList;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>GetLocalListVersion.req → <see cref="LocalAuthListService.ListVersion"/> (-1 disabled, 0 empty).</summary>
    public sealed class GetLocalListVersion : IOperationHandler
    {
        private readonly LocalAuthListService _service;

        public GetLocalListVersion(LocalAuthListService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => EmptyPayload.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            return new IntPayload("listVersion", _service.ListVersion);
        }
    }
}
