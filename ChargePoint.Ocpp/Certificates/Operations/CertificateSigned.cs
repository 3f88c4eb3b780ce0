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

        public object Parse(JsonReader payload) => CertificateSignedRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (CertificateSignedRequest)request;
            return new StatusPayload(_service.Signed(req.CertificateChain, nowMs));
        }
    }
}
