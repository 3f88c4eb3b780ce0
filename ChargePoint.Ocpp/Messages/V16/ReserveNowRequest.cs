using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>ReserveNow.req (Spec §6). Wire action <see cref="OcppAction.ReserveNow"/>.</summary>
    public sealed class ReserveNowRequest
    {
        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime ExpiryDate;

        /// <summary>Required CiString20.</summary>
        public string IdTag;

        /// <summary>Optional CiString20.</summary>
        public string ParentIdTag;

        /// <summary>Required, integer.</summary>
        public int ReservationId;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ReserveNowRequest Parse(JsonReader r)
        {
            var m = new ReserveNowRequest();
            bool hasConnectorId = false;
            bool hasExpiryDate = false;
            bool hasIdTag = false;
            bool hasReservationId = false;
            r.ReadStartObject("ReserveNowRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = r.ReadInt(null, 0);
                    hasConnectorId = true;
                }
                else if (r.NameIs("expiryDate"))
                {
                    m.ExpiryDate = r.ReadDateTime(null);
                    hasExpiryDate = true;
                }
                else if (r.NameIs("idTag"))
                {
                    m.IdTag = r.ReadString(null, 20);
                    hasIdTag = true;
                }
                else if (r.NameIs("parentIdTag"))
                {
                    m.ParentIdTag = r.ReadString(null, 20);
                }
                else if (r.NameIs("reservationId"))
                {
                    m.ReservationId = r.ReadInt(null);
                    hasReservationId = true;
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasExpiryDate, "expiryDate");
            Validate.Required(hasIdTag, "idTag");
            Validate.Required(hasReservationId, "reservationId");
            return m;
        }
    }
}
