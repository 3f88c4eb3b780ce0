using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>GetInstalledCertificateIds.req → <see cref="CertificateService.Ids"/>: Accepted with the list, or NotFound without one.</summary>
    public sealed class GetInstalledCertificateIds : IOperationHandler
    {
        private readonly CertificateService _service;

        public GetInstalledCertificateIds(CertificateService service)
        {
            _service = service;
        }

        public object Parse(JsonReader payload) => StringPayload.Parse(payload, "certificateType", 0, Messages.V16.DataTypes.CertificateUseEnumType.All);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (StringPayload)request;
            CertificateHashDataType[] ids = _service.Ids(req.Value);
            var response = new GetInstalledCertificateIdsResponse(ids == null ? GetInstalledCertificateStatusEnumType.NotFound : GetInstalledCertificateStatusEnumType.Accepted);
            response.CertificateHashData = ids;
            return response;
        }
    }
}
