using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// The charging profile requests of a connector (Spec §6): RemoteStartTransaction.req (idTag required; connectorId
    /// optional, at least 1; chargingProfile optional), SetChargingProfile.req (connectorId required, at least 0;
    /// csChargingProfiles required; no idTag) and ClearChargingProfile.req (id, connectorId at least 0,
    /// chargingProfilePurpose, stackLevel at least 0: all optional; neither idTag nor a profile). One type for the three
    /// (a type each cost the image ~200 bytes). Wire actions <see cref="OcppAction.RemoteStartTransaction"/>,
    /// <see cref="OcppAction.SetChargingProfile"/>, <see cref="OcppAction.ClearChargingProfile"/>.
    /// </summary>
    public sealed class ProfileRequest
    {
        /// <summary>Integer; Absent.Int when absent (RemoteStartTransaction, ClearChargingProfile).</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>RemoteStartTransaction: required CiString20; the others: null.</summary>
        public string IdTag;

        /// <summary>RemoteStartTransaction's optional chargingProfile, SetChargingProfile's required csChargingProfiles.</summary>
        public ChargingProfile ChargingProfile;

        /// <summary>ClearChargingProfile: optional integer (Absent.Int when absent).</summary>
        public int Id = Absent.Int;

        /// <summary>ClearChargingProfile: optional, one of <see cref="OcppEnum.ChargingProfilePurposeType"/>.</summary>
        public string ChargingProfilePurpose;

        /// <summary>ClearChargingProfile: optional integer &gt;= 0 (Absent.Int when absent).</summary>
        public int StackLevel = Absent.Int;

        /// <summary>
        /// Parses and validates the request of <paramref name="action"/> (RemoteStartTransaction, SetChargingProfile or
        /// ClearChargingProfile); the reader stands at the object.
        /// </summary>
        public static ProfileRequest Parse(JsonReader r, string action)
        {
            var m = new ProfileRequest();
            bool remoteStart = action == OcppAction.RemoteStartTransaction;
            bool clear = action == OcppAction.ClearChargingProfile;
            string keys = clear ? Key.Id + Key.ConnectorId + Key.ChargingProfilePurpose + Key.StackLevel
                : remoteStart ? Key.ChargingProfile + Key.ConnectorId + Key.IdTag
                : Key.CsChargingProfiles + Key.ConnectorId;
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(keys, clear ? 0 : remoteStart ? 0b100 : 0b11)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        if (clear)
                        {
                            m.Id = r.ReadInt(null);
                        }
                        else
                        {
                            m.ChargingProfile = ChargingProfile.Parse(r);
                        }

                        break;
                    case 1:
                        m.ConnectorId = r.ReadInt(null, remoteStart ? 1 : 0);
                        break;
                    case 2:
                        if (clear)
                        {
                            m.ChargingProfilePurpose = r.ReadEnum(null, OcppEnum.ChargingProfilePurposeType);
                        }
                        else
                        {
                            m.IdTag = r.ReadString(null, 20);
                        }

                        break;
                    case 3:
                        m.StackLevel = r.ReadInt(null, 0);
                        break;
                }
            }

            return m;
        }
    }
}
