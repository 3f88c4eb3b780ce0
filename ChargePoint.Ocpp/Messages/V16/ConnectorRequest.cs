using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every request of one enumeration value and a connector id (Spec §6, Security Whitepaper): ChangeAvailability.req
    /// (type; connectorId required, at least 0), TriggerMessage.req and ExtendedTriggerMessage.req (requestedMessage;
    /// connectorId optional, at least 1). One type for the three (a type each cost the image ~200 bytes): the
    /// enumeration's table, given to <see cref="Parse"/>, tells them apart. Wire actions
    /// <see cref="OcppAction.ChangeAvailability"/>, <see cref="OcppAction.TriggerMessage"/>,
    /// <see cref="OcppAction.ExtendedTriggerMessage"/>.
    /// </summary>
    public sealed class ConnectorRequest
    {
        /// <summary>Required: ChangeAvailability's type, one of <see cref="OcppEnum.AvailabilityType"/>; the triggers' requestedMessage.</summary>
        public string Value;

        /// <summary>Integer: required (&gt;= 0) in ChangeAvailability; optional (&gt;= 1, Absent.Int when absent) in the triggers.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>
        /// Parses and validates against <paramref name="table"/> (<see cref="OcppEnum.AvailabilityType"/>: a
        /// ChangeAvailability.req; <see cref="OcppEnum.MessageTrigger"/> or <see cref="OcppEnum.MessageTriggerEnumType"/>:
        /// a trigger); the reader stands at the object.
        /// </summary>
        public static ConnectorRequest Parse(JsonReader r, string table)
        {
            bool availability = table == OcppEnum.AvailabilityType;
            string name = availability ? "type" : "requestedMessage";
            var m = new ConnectorRequest();
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs(name))
                {
                    m.Value = r.ReadEnum(null, table);
                }
                else if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, availability ? 0 : 1);
                }
            }

            Validate.Required(m.ConnectorId != Absent.Int || !availability, "connectorId");
            Validate.Required(m.Value != null, name);
            return m;
        }
    }
}
