using System;
using ChargePoint.Ocpp.Json;
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
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.ConnectorId + Key.ExpiryDate + Key.IdTag + Key.ReservationId + Key.ParentIdTag, 0b1111)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.ConnectorId = r.ReadInt(null, 0);
                        break;
                    case 1:
                        m.ExpiryDate = r.ReadDateTime(null);
                        break;
                    case 2:
                        m.IdTag = r.ReadString(null, 20);
                        break;
                    case 3:
                        m.ReservationId = r.ReadInt(null);
                        break;
                    case 4:
                        m.ParentIdTag = r.ReadString(null, 20);
                        break;
                }
            }

            return m;
        }
    }
}
