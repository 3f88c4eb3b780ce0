using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>GetInstalledCertificateIds.req → <see cref="CertificateService.Ids"/>: Accepted with the list, or NotFound without one.</summary>
        public static object GetInstalledCertificateIds(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return StringPayload.Parse(payload, "certificateType", 0, OcppEnum.CertificateUseEnumType);
            }

            CertificateHashDataType[] ids = ((CertificateService)service).Ids(((StringPayload)request).Value);
            return new StatusPayload(ids == null ? OcppEnum.NotFound : OcppEnum.Accepted) { CertificateHashData = ids };
        }
    }
}
