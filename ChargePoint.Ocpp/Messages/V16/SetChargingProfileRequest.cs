using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SetChargingProfile.req (Spec §6). Wire action <see cref="OcppAction.SetChargingProfile"/>.</summary>
    public sealed class SetChargingProfileRequest
    {
        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Required ChargingProfile.</summary>
        public ChargingProfile CsChargingProfiles;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SetChargingProfileRequest Parse(JsonReader r)
        {
            var m = new SetChargingProfileRequest();
            bool hasConnectorId = false;
            bool hasCsChargingProfiles = false;
            r.ReadStartObject("SetChargingProfileRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, 0);
                    hasConnectorId = true;
                }
                else if (r.NameIs("csChargingProfiles"))
                {
                    m.CsChargingProfiles = DataTypes.ChargingProfile.Parse(r);
                    hasCsChargingProfiles = true;
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasCsChargingProfiles, "csChargingProfiles");
            return m;
        }
    }
}
