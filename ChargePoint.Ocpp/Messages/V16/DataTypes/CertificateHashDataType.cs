using ChargePoint.Ocpp.Json;

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
            w.Prop(Key.HashAlgorithm, HashAlgorithm);
            w.Prop(Key.IssuerNameHash, IssuerNameHash);
            w.Prop(Key.IssuerKeyHash, IssuerKeyHash);
            w.Prop(Key.SerialNumber, SerialNumber);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static CertificateHashDataType Parse(JsonReader r)
        {
            var m = new CertificateHashDataType(null, null, null, null);
            r.ReadStartObject(null); // the value of the property just read: its name in errors
            for (int k; (k = r.NextKey(Key.HashAlgorithm + Key.IssuerNameHash + Key.IssuerKeyHash + Key.SerialNumber, 0b1111)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.HashAlgorithm = r.ReadEnum(null, DataTypes.OcppEnum.HashAlgorithmEnumType);
                        break;
                    case 1:
                        m.IssuerNameHash = r.ReadString(null, 128);
                        break;
                    case 2:
                        m.IssuerKeyHash = r.ReadString(null, 128);
                        break;
                    case 3:
                        m.SerialNumber = r.ReadString(null, 40);
                        break;
                }
            }

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
            for (int k; (k = r.NextKey(Key.CertificateHashData, 1)) >= 0;)
            {
                if (k == 0)
                {
                    hash = Parse(r);
                }
            }

            return hash;
        }
    }
}
