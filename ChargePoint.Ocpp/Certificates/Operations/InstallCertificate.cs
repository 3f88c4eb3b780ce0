using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>InstallCertificate.req → <see cref="CertificateService.Install"/>.</summary>
    public sealed class InstallCertificate : IOperationHandler
    {
        public object Parse(JsonReader payload) => InstallCertificateRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (InstallCertificateRequest)request;
            return new StatusPayload(((CertificateService)service).Install(req.CertificateType, req.Certificate, nowMs));
        }
    }
}
