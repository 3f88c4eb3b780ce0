using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>CertificateSigned.req → <see cref="CertificateService.Signed"/>.</summary>
    public sealed class CertificateSigned : IOperationHandler
    {
        private readonly CertificateService _service;

        public CertificateSigned(CertificateService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => StringPayload.Parse(payload, "certificateChain", 10000, null);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (StringPayload)request;
            return new StatusPayload(_service.Signed(req.Value, nowMs));
        }
    }
}
