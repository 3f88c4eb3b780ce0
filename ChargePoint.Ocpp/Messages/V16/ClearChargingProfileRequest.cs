using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ClearChargingProfile.req (Spec §6). Wire action <see cref="OcppAction.ClearChargingProfile"/>.</summary>
    public sealed class ClearChargingProfileRequest
    {
        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int Id = Absent.Int;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>Optional, one of <see cref="OcppEnum.ChargingProfilePurposeType"/>.</summary>
        public string ChargingProfilePurpose;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int StackLevel = Absent.Int;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ClearChargingProfileRequest Parse(JsonReader r)
        {
            var m = new ClearChargingProfileRequest();
            r.ReadStartObject("ClearChargingProfileRequest");
            for (int k; (k = r.NextKey(Key.Id + Key.ConnectorId + Key.ChargingProfilePurpose + Key.StackLevel, 0)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.Id = r.ReadInt(null);
                        break;
                    case 1:
                        m.ConnectorId = r.ReadInt(null, 0);
                        break;
                    case 2:
                        m.ChargingProfilePurpose = r.ReadEnum(null, DataTypes.OcppEnum.ChargingProfilePurposeType);
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
