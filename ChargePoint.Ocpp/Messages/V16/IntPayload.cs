using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every payload of OCPP 1.6 whose only field is one required integer (Spec §6): RemoteStopTransaction.req
    /// (transactionId), CancelReservation.req (reservationId), UnlockConnector.req (connectorId, at least 0) and
    /// GetLocalListVersion.conf (listVersion). One type for all: the field's name is data, given to the constructor
    /// and to <see cref="Parse"/>.
    /// </summary>
    public sealed class IntPayload : IOcppPayload
    {
        public IntPayload(string name, int value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The JSON field name (a literal identifier).</summary>
        public readonly string Name;

        /// <summary>Required integer.</summary>
        public int Value;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Name, Value);
            w.EndObject();
        }

        /// <summary>
        /// Parses and validates the field <paramref name="name"/>, at least <paramref name="min"/> (int.MinValue: any
        /// integer); the reader stands at the object.
        /// </summary>
        public static IntPayload Parse(JsonReader r, string name, int min)
        {
            var m = new IntPayload(name, 0);
            bool has = false;
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs(name))
                {
                    m.Value = r.ReadInt(name, min);
                    has = true;
                }
            }

            Validate.Required(has, name);
            return m;
        }
    }
}
