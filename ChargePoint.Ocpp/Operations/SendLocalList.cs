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
        public object Parse(JsonReader payload) => SendLocalListRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (SendLocalListRequest)request;
            return new StatusPayload(((LocalAuthListService)service).Update(req));
        }
    }
}
