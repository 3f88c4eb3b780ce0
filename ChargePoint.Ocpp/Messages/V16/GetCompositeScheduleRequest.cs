using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetCompositeSchedule.req (Spec §6). Wire action <see cref="OcppAction.GetCompositeSchedule"/>.</summary>
    public sealed class GetCompositeScheduleRequest
    {
        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Required, integer &gt;= 0.</summary>
        public int Duration;

        /// <summary>Optional, one of <see cref="OcppEnum.ChargingRateUnitType"/>.</summary>
        public string ChargingRateUnit;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetCompositeScheduleRequest Parse(JsonReader r)
        {
            var m = new GetCompositeScheduleRequest();
            bool hasConnectorId = false;
            bool hasDuration = false;
            r.ReadStartObject("GetCompositeScheduleRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, 0);
                    hasConnectorId = true;
                }
                else if (r.NameIs("duration"))
                {
                    m.Duration = r.ReadInt(null, 0);
                    hasDuration = true;
                }
                else if (r.NameIs("chargingRateUnit"))
                {
                    m.ChargingRateUnit = r.ReadEnum(null, DataTypes.OcppEnum.ChargingRateUnitType);
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasDuration, "duration");
            return m;
        }
    }
}
