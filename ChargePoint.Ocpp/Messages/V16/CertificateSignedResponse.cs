using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>CertificateSigned.conf (Security Whitepaper).</summary>
    public sealed class CertificateSignedResponse : IOcppPayload
    {
        public CertificateSignedResponse()
        {
        }

        public CertificateSignedResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="CertificateSignedStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static CertificateSignedResponse Parse(JsonReader r)
        {
            var m = new CertificateSignedResponse();
            bool hasStatus = false;
            r.ReadStartObject("CertificateSignedResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.CertificateSignedStatusEnumType.IsValid(m.Status), "status", m.Status);
                    hasStatus = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }
    }
}
