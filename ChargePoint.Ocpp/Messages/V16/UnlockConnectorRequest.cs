using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>UnlockConnector.req (Spec §6). Wire action <see cref="OcppAction.UnlockConnector"/>.</summary>
    public sealed class UnlockConnectorRequest
    {
        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static UnlockConnectorRequest Parse(JsonReader r)
        {
            var m = new UnlockConnectorRequest();
            bool hasConnectorId = false;
            r.ReadStartObject("UnlockConnectorRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = Validate.Min(r.ReadInt("connectorId"), 0, "connectorId");
                    hasConnectorId = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            return m;
        }
    }
}
