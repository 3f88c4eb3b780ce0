using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>InstallCertificate.req → <see cref="CertificateService.Install"/>.</summary>
        public static object InstallCertificate(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return StringPayload.ParsePair(payload, true);
            }

            var req = (StringPayload)request;
            return ((CertificateService)service).Install(req.Value, req.Value2, nowMs);
        }
    }
}
