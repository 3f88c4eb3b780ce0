using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Identifies an installed certificate by its hashes (Security Whitepaper, CertificateHashDataType).</summary>
    public sealed class CertificateHashDataType : IOcppPayload
    {
        public CertificateHashDataType(string hashAlgorithm, string issuerNameHash, string issuerKeyHash, string serialNumber)
        {
            HashAlgorithm = hashAlgorithm;
            IssuerNameHash = issuerNameHash;
            IssuerKeyHash = issuerKeyHash;
            SerialNumber = serialNumber;
        }

        /// <summary>Required, one of <see cref="OcppEnum.HashAlgorithmEnumType"/>.</summary>
        public string HashAlgorithm;

        /// <summary>Required CiString128.</summary>
        public string IssuerNameHash;

        /// <summary>Required CiString128.</summary>
        public string IssuerKeyHash;

        /// <summary>Required CiString40.</summary>
        public string SerialNumber;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("hashAlgorithm", HashAlgorithm);
            w.Prop("issuerNameHash", IssuerNameHash);
            w.Prop("issuerKeyHash", IssuerKeyHash);
            w.Prop("serialNumber", SerialNumber);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static CertificateHashDataType Parse(JsonReader r)
        {
            var m = new CertificateHashDataType(null, null, null, null);
            bool hasHashAlgorithm = false;
            bool hasIssuerNameHash = false;
            bool hasIssuerKeyHash = false;
            bool hasSerialNumber = false;
            r.ReadStartObject("CertificateHashDataType");
            while (r.NextProperty())
            {
                if (r.NameIs("hashAlgorithm"))
                {
                    m.HashAlgorithm = r.ReadEnum(null, DataTypes.OcppEnum.HashAlgorithmEnumType);
                    hasHashAlgorithm = true;
                }
                else if (r.NameIs("issuerNameHash"))
                {
                    m.IssuerNameHash = r.ReadString(null, 128);
                    hasIssuerNameHash = true;
                }
                else if (r.NameIs("issuerKeyHash"))
                {
                    m.IssuerKeyHash = r.ReadString(null, 128);
                    hasIssuerKeyHash = true;
                }
                else if (r.NameIs("serialNumber"))
                {
                    m.SerialNumber = r.ReadString(null, 40);
                    hasSerialNumber = true;
                }
            }

            Validate.Required(hasHashAlgorithm, "hashAlgorithm");
            Validate.Required(hasIssuerNameHash, "issuerNameHash");
            Validate.Required(hasIssuerKeyHash, "issuerKeyHash");
            Validate.Required(hasSerialNumber, "serialNumber");
            return m;
        }

        /// <summary>
        /// Parses and validates DeleteCertificate.req (Security Whitepaper): its one required field certificateHashData is
        /// the request (no type of its own for one field). The reader stands at the object.
        /// </summary>
        public static CertificateHashDataType ParseDelete(JsonReader r)
        {
            CertificateHashDataType hash = null;
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs("certificateHashData"))
                {
                    hash = Parse(r);
                }
            }

            Validate.Required(hash != null, "certificateHashData");
            return hash;
        }
    }
}
