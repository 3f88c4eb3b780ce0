using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ChangeAvailability.req (Spec §6). Wire action <see cref="OcppAction.ChangeAvailability"/>.</summary>
    public sealed class ChangeAvailabilityRequest
    {
        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Required, one of <see cref="OcppEnum.AvailabilityType"/>.</summary>
        public string Type;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChangeAvailabilityRequest Parse(JsonReader r)
        {
            var m = new ChangeAvailabilityRequest();
            bool hasConnectorId = false;
            bool hasType = false;
            r.ReadStartObject("ChangeAvailabilityRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, 0);
                    hasConnectorId = true;
                }
                else if (r.NameIs("type"))
                {
                    m.Type = r.ReadEnum(null, DataTypes.OcppEnum.AvailabilityType);
                    hasType = true;
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasType, "type");
            return m;
        }
    }
}
