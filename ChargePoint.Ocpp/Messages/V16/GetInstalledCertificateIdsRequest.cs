using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetInstalledCertificateIds.req (Security Whitepaper). Wire action <see cref="OcppAction.GetInstalledCertificateIds"/>.</summary>
    public sealed class GetInstalledCertificateIdsRequest
    {
        /// <summary>Required, one of <see cref="CertificateUseEnumType"/>.</summary>
        public string CertificateType = string.Empty;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetInstalledCertificateIdsRequest Parse(JsonReader r)
        {
            var m = new GetInstalledCertificateIdsRequest();
            bool hasCertificateType = false;
            r.ReadStartObject("GetInstalledCertificateIdsRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("certificateType"))
                {
                    m.CertificateType = r.ReadEnum(null, DataTypes.CertificateUseEnumType.All);
                    hasCertificateType = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasCertificateType, "certificateType");
            return m;
        }
    }
}
