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

        public object Parse(JsonReader payload) => GetInstalledCertificateIdsRequest.Parse(payload);

        public IOcppPayload Handle(object request, long nowMs)
        {
            var req = (GetInstalledCertificateIdsRequest)request;
            CertificateHashDataType[] ids = _service.Ids(req.CertificateType);
            var response = new GetInstalledCertificateIdsResponse(ids == null ? GetInstalledCertificateStatusEnumType.NotFound : GetInstalledCertificateStatusEnumType.Accepted);
            response.CertificateHashData = ids;
            return response;
        }
    }
}
