using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetInstalledCertificateIds.conf (Security Whitepaper).</summary>
    public sealed class GetInstalledCertificateIdsResponse : IOcppPayload
    {
        public GetInstalledCertificateIdsResponse(string status)
        {
            Status = status;
        }

        /// <summary>Optional list of CertificateHashDataType (at least one).</summary>
        public CertificateHashDataType[] CertificateHashData;

        /// <summary>Required, one of <see cref="OcppEnum.GetInstalledCertificateStatusEnumType"/>.</summary>
        public string Status;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.PropArray("certificateHashData", CertificateHashData);
            w.Prop("status", Status);
            w.EndObject();
        }
    }
}
