using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>DeleteCertificate.req → <see cref="CertificateService.Delete"/>.</summary>
    public sealed class DeleteCertificate : IOperationHandler
    {
        private readonly CertificateService _service;

        public DeleteCertificate(CertificateService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => DeleteCertificateRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (DeleteCertificateRequest)request;
            return new StatusPayload(_service.Delete(req.CertificateHashData));
        }
    }
}
