using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every payload of OCPP 1.6 whose only field is one string (Spec §6): Authorize.req (idTag),
    /// SignCertificate.req (csr), CertificateSigned.req (certificateChain), GetDiagnostics.conf (the optional
    /// fileName) and the enumerations Reset.req (type) and GetInstalledCertificateIds.req (certificateType). One type
    /// for all: the field's name is data, given to the constructor and to <see cref="Parse"/>.
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

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.PropOpt(Name, Value);
            w.EndObject();
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
