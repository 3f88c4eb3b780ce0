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
        public object Parse(JsonReader payload) => DeleteCertificateRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (DeleteCertificateRequest)request;
            return new StatusPayload(((CertificateService)service).Delete(req.CertificateHashData));
        }
    }
}
