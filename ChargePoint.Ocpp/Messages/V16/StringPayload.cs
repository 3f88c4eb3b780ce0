using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every payload of OCPP 1.6 whose only field is one string (Spec §6): Authorize.req (idTag),
    /// SignCertificate.req (csr), CertificateSigned.req (certificateChain), GetDiagnostics.conf (the optional
    /// fileName) and the enumerations Reset.req (type) and GetInstalledCertificateIds.req (certificateType); and,
    /// with <see cref="Name2"/>, the requests of two required strings (<see cref="ParsePair"/>): ChangeConfiguration.req
    /// (key, value) and InstallCertificate.req (certificateType, certificate). One type for all: the fields' names are
    /// data, given to the constructor and set by the parsers.
    /// </summary>
    public sealed class StringPayload : IOcppPayload
    {
        public StringPayload(string name, string value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The JSON field name (a literal identifier).</summary>
        public readonly string Name;

        /// <summary>The value; null only for an optional field that is absent (GetDiagnostics.conf without a file), then omitted.</summary>
        public string Value;

        /// <summary>The second field's name: "value" (ChangeConfiguration.req), "certificate" (InstallCertificate.req), null for every other payload.</summary>
        public string Name2;

        /// <summary>The second field's value (CiString500 or CiString5500); null when there is none (then omitted).</summary>
        public string Value2;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Name, Value);
            w.Prop(Name2, Value2);
            w.EndObject();
        }

        /// <summary>
        /// Parses and validates a request of two required strings: ChangeConfiguration.req (key, CiString50; value,
        /// CiString500) or, when <paramref name="certificate"/>, InstallCertificate.req (certificateType, one of
        /// <see cref="DataTypes.OcppEnum.CertificateUseEnumType"/>; certificate, CiString5500); the reader stands at the object.
        /// </summary>
        public static StringPayload ParsePair(JsonReader r, bool certificate)
        {
            var m = new StringPayload(certificate ? "certificateType" : "key", null);
            m.Name2 = certificate ? "certificate" : "value";
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs(m.Name))
                {
                    m.Value = certificate ? r.ReadEnum(null, DataTypes.OcppEnum.CertificateUseEnumType) : r.ReadString(null, 50);
                }
                else if (r.NameIs(m.Name2))
                {
                    m.Value2 = r.ReadString(null, certificate ? 5500 : 500);
                }
            }

            Validate.Required(m.Value != null, m.Name);
            Validate.Required(m.Value2 != null, m.Name2);
            return m;
        }

        /// <summary>
        /// Parses and validates the required field <paramref name="name"/>: one of the words of <paramref name="table"/>
        /// (an enumeration's <c>All</c>), or when table is null any string of at most <paramref name="maxLength"/>
        /// characters; the reader stands at the object.
        /// </summary>
        public static StringPayload Parse(JsonReader r, string name, int maxLength, string table)
        {
            var m = new StringPayload(name, null);
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs(name))
                {
                    m.Value = table == null ? r.ReadString(name, maxLength) : r.ReadEnum(name, table);
                }
            }

            Validate.Required(m.Value != null, name);
            return m;
        }
    }
}
