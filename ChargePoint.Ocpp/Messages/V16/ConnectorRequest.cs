using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every request of one enumeration value and a connector id (Spec §6, Security Whitepaper): ChangeAvailability.req
    /// (type; connectorId required, at least 0), TriggerMessage.req and ExtendedTriggerMessage.req (requestedMessage;
    /// connectorId optional, at least 1) and GetCompositeSchedule.req (connectorId and duration required, at least 0;
    /// chargingRateUnit optional). One type for the four (a type each cost the image ~200 bytes): the enumeration's
    /// table, given to <see cref="Parse"/>, tells them apart. Wire actions <see cref="OcppAction.ChangeAvailability"/>,
    /// <see cref="OcppAction.TriggerMessage"/>, <see cref="OcppAction.ExtendedTriggerMessage"/>,
    /// <see cref="OcppAction.GetCompositeSchedule"/>.
    /// </summary>
    public sealed class ConnectorRequest
    {
        /// <summary>
        /// ChangeAvailability's type, one of <see cref="OcppEnum.AvailabilityType"/>; the triggers' requestedMessage;
        /// GetCompositeSchedule's optional chargingRateUnit (null when absent).
        /// </summary>
        public string Value;

        /// <summary>Integer: required (&gt;= 0) in ChangeAvailability and GetCompositeSchedule; optional (&gt;= 1, Absent.Int when absent) in the triggers.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>GetCompositeSchedule's duration: required integer &gt;= 0; Absent.Int in the others.</summary>
        public int Duration = Absent.Int;

        /// <summary>
        /// Parses and validates against <paramref name="table"/> (<see cref="OcppEnum.AvailabilityType"/>: a
        /// ChangeAvailability.req; <see cref="OcppEnum.ChargingRateUnitType"/>: a GetCompositeSchedule.req;
        /// <see cref="OcppEnum.MessageTrigger"/> or <see cref="OcppEnum.MessageTriggerEnumType"/>: a trigger); the reader
        /// stands at the object.
        /// </summary>
        public static ConnectorRequest Parse(JsonReader r, string table)
        {
            bool composite = table == OcppEnum.ChargingRateUnitType;
            bool trigger = !composite && table != OcppEnum.AvailabilityType;
            int value = composite ? 4 : trigger ? 3 : 2; // the enumeration's key
            var m = new ConnectorRequest();
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.ConnectorId + Key.Duration + Key.Type + Key.RequestedMessage + Key.ChargingRateUnit, composite ? 0b11 : trigger ? 0b1000 : 0b101)) >= 0;)
            {
                if (k == value)
                {
                    m.Value = r.ReadEnum(null, table);
                }
                else if (k == 0)
                {
                    m.ConnectorId = r.ReadInt(null, trigger ? 1 : 0);
                }
                else if (k == 1 && composite)
                {
                    m.Duration = r.ReadInt(null, 0);
                }
            }

            return m;
        }
    }
}
