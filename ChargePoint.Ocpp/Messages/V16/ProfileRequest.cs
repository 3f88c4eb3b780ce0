using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// The requests that carry a charging profile for a connector (Spec §6): RemoteStartTransaction.req (idTag required;
    /// connectorId optional, at least 1; chargingProfile optional) and SetChargingProfile.req (connectorId required, at
    /// least 0; csChargingProfiles required; no idTag). One type for both (a type each cost the image ~200 bytes). Wire
    /// actions <see cref="OcppAction.RemoteStartTransaction"/>, <see cref="OcppAction.SetChargingProfile"/>.
    /// </summary>
    public sealed class ProfileRequest
    {
        /// <summary>Integer; Absent.Int when absent (RemoteStartTransaction only).</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>RemoteStartTransaction: required CiString20; SetChargingProfile: null.</summary>
        public string IdTag;

        /// <summary>RemoteStartTransaction's optional chargingProfile, SetChargingProfile's required csChargingProfiles.</summary>
        public ChargingProfile ChargingProfile;

        /// <summary>
        /// Parses and validates a RemoteStartTransaction.req (<paramref name="remoteStart"/>) or a SetChargingProfile.req;
        /// the reader stands at the object.
        /// </summary>
        public static ProfileRequest Parse(JsonReader r, bool remoteStart)
        {
            var m = new ProfileRequest();
            string profile = remoteStart ? "chargingProfile" : "csChargingProfiles";
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, remoteStart ? 1 : 0);
                }
                else if (remoteStart && r.NameIs("idTag"))
                {
                    m.IdTag = r.ReadString(null, 20);
                }
                else if (r.NameIs(profile))
                {
                    m.ChargingProfile = ChargingProfile.Parse(r);
                }
            }

            Validate.Required(m.IdTag != null || !remoteStart, "idTag");
            Validate.Required(m.ConnectorId != Absent.Int || remoteStart, "connectorId");
            Validate.Required(m.ChargingProfile != null || remoteStart, profile);
            return m;
        }
    }
}
