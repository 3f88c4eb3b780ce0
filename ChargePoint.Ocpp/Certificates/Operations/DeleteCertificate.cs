using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>DeleteCertificate.req → <see cref="CertificateService.Delete"/>.</summary>
        public static object DeleteCertificate(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return DeleteCertificateRequest.Parse(payload);
            }

            return ((CertificateService)service).Delete(((DeleteCertificateRequest)request).CertificateHashData);
        }
    }
}
