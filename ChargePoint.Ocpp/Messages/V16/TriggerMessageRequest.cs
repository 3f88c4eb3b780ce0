using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>TriggerMessage.req (Spec §6). Wire action <see cref="OcppAction.TriggerMessage"/>.</summary>
    public sealed class TriggerMessageRequest
    {
        /// <summary>Required, one of <see cref="MessageTrigger"/>.</summary>
        public string RequestedMessage = string.Empty;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 1.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static TriggerMessageRequest Parse(JsonReader r)
        {
            var m = new TriggerMessageRequest();
            bool hasRequestedMessage = false;
            r.ReadStartObject("TriggerMessageRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("requestedMessage"))
                {
                    m.RequestedMessage = r.ReadString("requestedMessage");
                    Validate.Enum(m.RequestedMessage, DataTypes.MessageTrigger.All, "requestedMessage");
                    hasRequestedMessage = true;
                }
                else if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = Validate.Min(r.ReadInt("connectorId"), 1, "connectorId");
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasRequestedMessage, "requestedMessage");
            return m;
        }
    }
}
