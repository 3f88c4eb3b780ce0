using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>DeleteCertificate.req → <see cref="CertificateService.Delete"/>.</summary>
        public static object DeleteCertificate(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return CertificateHashDataType.ParseDelete(payload);
            }

            return ((CertificateService)service).Delete((CertificateHashDataType)request);
        }
    }
}
