using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ExtendedTriggerMessage.req (Security Whitepaper). Wire action <see cref="OcppAction.ExtendedTriggerMessage"/>.</summary>
    public sealed class ExtendedTriggerMessageRequest
    {
        /// <summary>Required, one of <see cref="MessageTriggerEnumType"/>.</summary>
        public string RequestedMessage = string.Empty;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 1.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ExtendedTriggerMessageRequest Parse(JsonReader r)
        {
            var m = new ExtendedTriggerMessageRequest();
            bool hasRequestedMessage = false;
            r.ReadStartObject("ExtendedTriggerMessageRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("requestedMessage"))
                {
                    m.RequestedMessage = r.ReadString("requestedMessage");
                    Validate.Enum(m.RequestedMessage, DataTypes.MessageTriggerEnumType.All, "requestedMessage");
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
