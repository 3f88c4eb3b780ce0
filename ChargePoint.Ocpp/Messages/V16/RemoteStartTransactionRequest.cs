using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>RemoteStartTransaction.req (Spec §6). Wire action <see cref="OcppAction.RemoteStartTransaction"/>.</summary>
    public sealed class RemoteStartTransactionRequest
    {
        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 1.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>Required CiString20.</summary>
        public string IdTag;

        /// <summary>Optional ChargingProfile.</summary>
        public ChargingProfile ChargingProfile;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static RemoteStartTransactionRequest Parse(JsonReader r)
        {
            var m = new RemoteStartTransactionRequest();
            bool hasIdTag = false;
            r.ReadStartObject("RemoteStartTransactionRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, 1);
                }
                else if (r.NameIs("idTag"))
                {
                    m.IdTag = r.ReadString(null, 20);
                    hasIdTag = true;
                }
                else if (r.NameIs("chargingProfile"))
                {
                    m.ChargingProfile = DataTypes.ChargingProfile.Parse(r);
                }
            }

            Validate.Required(hasIdTag, "idTag");
            return m;
        }
    }
}
