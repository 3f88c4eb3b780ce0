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
            r.ReadStartObject(null); // the value of the property just read: its name in errors
            for (int k; (k = r.NextKey(Key.Status + Key.ExpiryDate + Key.ParentIdTag, 1)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.Status = r.ReadEnum(null, DataTypes.OcppEnum.AuthorizationStatus);
                        break;
                    case 1:
                        m.ExpiryDate = new UtcTimestamp(r.ReadDateTime(null));
                        break;
                    case 2:
                        m.ParentIdTag = r.ReadString(null, 20);
                        break;
                }
            }

            return m;
        }
    }
}
