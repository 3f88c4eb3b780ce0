using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.LocalAuthList;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>SendLocalList.req → <see cref="LocalAuthListService.Update"/>.</summary>
    public sealed class SendLocalList : IOperationHandler
    {
        private readonly LocalAuthListService _service;

        public SendLocalList(LocalAuthListService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => SendLocalListRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (SendLocalListRequest)request;
            return new StatusPayload(_service.Update(req));
        }
    }
}
