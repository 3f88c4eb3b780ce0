using System;
using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetInstalledCertificateIds.conf (Security Whitepaper).</summary>
    public sealed class GetInstalledCertificateIdsResponse : IOcppPayload
    {
        public GetInstalledCertificateIdsResponse()
        {
        }

        public GetInstalledCertificateIdsResponse(string status)
        {
            Status = status;
        }

        /// <summary>Optional list of CertificateHashDataType (at least one).</summary>
        public CertificateHashDataType[]? CertificateHashData;

        /// <summary>Required, one of <see cref="GetInstalledCertificateStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            if (CertificateHashData != null)
            {
                w.PropertyName("certificateHashData");
                w.StartArray();
                for (int i = 0; i < CertificateHashData.Length; i++)
                {
                    CertificateHashData[i].WriteTo(w);
                }
                w.EndArray();
            }
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetInstalledCertificateIdsResponse Parse(JsonReader r)
        {
            var m = new GetInstalledCertificateIdsResponse();
            bool hasStatus = false;
            r.ReadStartObject("GetInstalledCertificateIdsResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("certificateHashData"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("certificateHashData");
                    while (r.NextItem())
                    {
                        list.Add(DataTypes.CertificateHashDataType.Parse(r));
                    }
                    m.CertificateHashData = (DataTypes.CertificateHashDataType[])list.ToArray(typeof(DataTypes.CertificateHashDataType));
                    Validate.NotEmpty(m.CertificateHashData.Length, "certificateHashData");
                }
                else if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.GetInstalledCertificateStatusEnumType.IsValid(m.Status), "status", m.Status);
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
