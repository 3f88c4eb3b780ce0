using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>DeleteCertificate.req (Security Whitepaper). Wire action <see cref="OcppAction.DeleteCertificate"/>.</summary>
    public sealed class DeleteCertificateRequest
    {
        /// <summary>Required CertificateHashDataType.</summary>
        public CertificateHashDataType CertificateHashData;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static DeleteCertificateRequest Parse(JsonReader r)
        {
            var m = new DeleteCertificateRequest();
            bool hasCertificateHashData = false;
            r.ReadStartObject("DeleteCertificateRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("certificateHashData"))
                {
                    m.CertificateHashData = DataTypes.CertificateHashDataType.Parse(r);
                    hasCertificateHashData = true;
                }
            }

            Validate.Required(hasCertificateHashData, "certificateHashData");
            return m;
        }
    }
}
