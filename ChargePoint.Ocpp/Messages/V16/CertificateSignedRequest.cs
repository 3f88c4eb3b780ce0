using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>CertificateSigned.req (Security Whitepaper). Wire action <see cref="OcppAction.CertificateSigned"/>.</summary>
    public sealed class CertificateSignedRequest
    {
        /// <summary>Required CiString10000.</summary>
        public string CertificateChain = string.Empty;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static CertificateSignedRequest Parse(JsonReader r)
        {
            var m = new CertificateSignedRequest();
            bool hasCertificateChain = false;
            r.ReadStartObject("CertificateSignedRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("certificateChain"))
                {
                    m.CertificateChain = r.ReadString("certificateChain", 10000);
                    hasCertificateChain = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasCertificateChain, "certificateChain");
            return m;
        }
    }
}
