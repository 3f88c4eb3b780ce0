using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>DeleteCertificate.conf (Security Whitepaper).</summary>
    public sealed class DeleteCertificateResponse : IOcppPayload
    {
        public DeleteCertificateResponse()
        {
        }

        public DeleteCertificateResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="DeleteCertificateStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static DeleteCertificateResponse Parse(JsonReader r)
        {
            var m = new DeleteCertificateResponse();
            bool hasStatus = false;
            r.ReadStartObject("DeleteCertificateResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.DeleteCertificateStatusEnumType.IsValid(m.Status), "status", m.Status);
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
