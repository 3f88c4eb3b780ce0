using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SignCertificate.conf (Security Whitepaper).</summary>
    public sealed class SignCertificateResponse : IOcppPayload
    {
        public SignCertificateResponse()
        {
        }

        public SignCertificateResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="GenericStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SignCertificateResponse Parse(JsonReader r)
        {
            var m = new SignCertificateResponse();
            bool hasStatus = false;
            r.ReadStartObject("SignCertificateResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.GenericStatusEnumType.IsValid(m.Status), "status", m.Status);
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
