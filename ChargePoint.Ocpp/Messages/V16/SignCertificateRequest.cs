using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SignCertificate.req (Security Whitepaper). Wire action <see cref="OcppAction.SignCertificate"/>.</summary>
    public sealed class SignCertificateRequest : IOcppPayload
    {
        public SignCertificateRequest()
        {
        }

        public SignCertificateRequest(string csr)
        {
            Csr = csr;
        }

        /// <summary>Required CiString5500.</summary>
        public string Csr = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("csr", Csr);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SignCertificateRequest Parse(JsonReader r)
        {
            var m = new SignCertificateRequest();
            bool hasCsr = false;
            r.ReadStartObject("SignCertificateRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("csr"))
                {
                    m.Csr = r.ReadString("csr", 5500);
                    hasCsr = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasCsr, "csr");
            return m;
        }
    }
}
