using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every payload of OCPP 1.6 whose only field is one string (Spec §6): Authorize.req (idTag),
    /// SignCertificate.req (csr), CertificateSigned.req (certificateChain) and GetDiagnostics.conf (the optional
    /// fileName). One type for all: the field's name is data, given to the constructor and to <see cref="Parse"/>.
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
        /// Parses and validates the required field <paramref name="name"/> of at most <paramref name="maxLength"/>
        /// characters; the reader stands at the object.
        /// </summary>
        public static StringPayload Parse(JsonReader r, string name, int maxLength)
        {
            var m = new StringPayload(name, null);
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs(name))
                {
                    m.Value = r.ReadString(name, maxLength);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(m.Value != null, name);
            return m;
        }
    }
}
