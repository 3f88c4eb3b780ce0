using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// TriggerMessage.req (Spec §6) and the Security Whitepaper's ExtendedTriggerMessage.req: the same data, the
    /// enumeration of <see cref="RequestedMessage"/> is passed to <see cref="Parse"/> (<see cref="OcppEnum.MessageTrigger"/>.All or
    /// <see cref="OcppEnum.MessageTriggerEnumType"/>.All). Wire actions <see cref="OcppAction.TriggerMessage"/>,
    /// <see cref="OcppAction.ExtendedTriggerMessage"/>.
    /// </summary>
    public sealed class TriggerMessageRequest
    {
        /// <summary>Required, one of the action's table.</summary>
        public string RequestedMessage;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 1.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>Parses and validates against <paramref name="table"/>; the reader stands at the object.</summary>
        public static TriggerMessageRequest Parse(JsonReader r, string table)
        {
            var m = new TriggerMessageRequest();
            bool hasRequestedMessage = false;
            r.ReadStartObject("TriggerMessageRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("requestedMessage"))
                {
                    m.RequestedMessage = r.ReadEnum(null, table);
                    hasRequestedMessage = true;
                }
                else if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, 1);
                }
            }

            Validate.Required(hasRequestedMessage, "requestedMessage");
            return m;
        }
    }
}
