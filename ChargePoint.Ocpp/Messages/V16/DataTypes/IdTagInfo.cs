using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>IdTagInfo (Spec §7.14).</summary>
    public sealed class IdTagInfo
    {
        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp ExpiryDate;

        /// <summary>Optional CiString20.</summary>
        public string ParentIdTag;

        /// <summary>Required, one of <see cref="OcppEnum.AuthorizationStatus"/>.</summary>
        public string Status;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static IdTagInfo Parse(JsonReader r)
        {
            var m = new IdTagInfo();
            bool hasStatus = false;
            r.ReadStartObject("IdTagInfo");
            while (r.NextProperty())
            {
                if (r.NameIs("expiryDate"))
                {
                    m.ExpiryDate = r.ReadTimestamp(null);
                }
                else if (r.NameIs("parentIdTag"))
                {
                    m.ParentIdTag = r.ReadString(null, 20);
                }
                else if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum(null, DataTypes.OcppEnum.AuthorizationStatus);
                    hasStatus = true;
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }
    }
}
