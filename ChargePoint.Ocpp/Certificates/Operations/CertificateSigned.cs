using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>CertificateSigned.req → <see cref="CertificateService.Signed"/>.</summary>
        public static object CertificateSigned(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return StringPayload.Parse(payload, "certificateChain", 10000, null);
            }

            return ((CertificateService)service).Signed(((StringPayload)request).Value, nowMs);
        }
    }
}
