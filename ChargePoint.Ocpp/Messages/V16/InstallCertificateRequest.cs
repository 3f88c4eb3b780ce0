using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>InstallCertificate.req (Security Whitepaper). Wire action <see cref="OcppAction.InstallCertificate"/>.</summary>
    public sealed class InstallCertificateRequest
    {
        /// <summary>Required, one of <see cref="OcppEnum.CertificateUseEnumType"/>.</summary>
        public string CertificateType;

        /// <summary>Required CiString5500.</summary>
        public string Certificate;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static InstallCertificateRequest Parse(JsonReader r)
        {
            var m = new InstallCertificateRequest();
            bool hasCertificateType = false;
            bool hasCertificate = false;
            r.ReadStartObject("InstallCertificateRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("certificateType"))
                {
                    m.CertificateType = r.ReadEnum(null, DataTypes.OcppEnum.CertificateUseEnumType);
                    hasCertificateType = true;
                }
                else if (r.NameIs("certificate"))
                {
                    m.Certificate = r.ReadString(null, 5500);
                    hasCertificate = true;
                }
            }

            Validate.Required(hasCertificateType, "certificateType");
            Validate.Required(hasCertificate, "certificate");
            return m;
        }
    }
}
