using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>InstallCertificate.conf (Security Whitepaper).</summary>
    public sealed class InstallCertificateResponse : IOcppPayload
    {
        public InstallCertificateResponse()
        {
        }

        public InstallCertificateResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="InstallCertificateStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static InstallCertificateResponse Parse(JsonReader r)
        {
            var m = new InstallCertificateResponse();
            bool hasStatus = false;
            r.ReadStartObject("InstallCertificateResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.InstallCertificateStatusEnumType.IsValid(m.Status), "status", m.Status);
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
