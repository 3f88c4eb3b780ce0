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
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.IdTag + Key.ConnectorId + Key.ChargingProfile + Key.CsChargingProfiles, remoteStart ? 1 : 0b1010)) >= 0;)
            {
                if (k == 1)
                {
                    m.ConnectorId = r.ReadInt(null, remoteStart ? 1 : 0);
                }
                else if (k == 0 && remoteStart)
                {
                    m.IdTag = r.ReadString(null, 20);
                }
                else if (k > 1 && (k == 2) == remoteStart)
                {
                    m.ChargingProfile = ChargingProfile.Parse(r);
                }
            }

            return m;
        }
    }
}
