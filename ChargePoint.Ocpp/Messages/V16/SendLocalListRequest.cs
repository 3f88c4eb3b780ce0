using System;
using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SendLocalList.req (Spec §6). Wire action <see cref="OcppAction.SendLocalList"/>.</summary>
    public sealed class SendLocalListRequest
    {
        /// <summary>Required, integer.</summary>
        public int ListVersion;

        /// <summary>Optional list of AuthorizationData.</summary>
        public AuthorizationData[] LocalAuthorizationList;

        /// <summary>Required, one of <see cref="OcppEnum.UpdateType"/>.</summary>
        public string UpdateType;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SendLocalListRequest Parse(JsonReader r)
        {
            var m = new SendLocalListRequest();
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.ListVersion + Key.UpdateType + Key.LocalAuthorizationList, 0b11)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.ListVersion = r.ReadInt(null);
                        break;
                    case 1:
                        m.UpdateType = r.ReadEnum(null, DataTypes.OcppEnum.UpdateType);
                        break;
                    case 2:
                        var list = new ArrayList();
                        r.ReadStartArray(null);
                        while (r.NextItem())
                        {
                            list.Add(DataTypes.AuthorizationData.Parse(r));
                        }
                        
                        m.LocalAuthorizationList = (DataTypes.AuthorizationData[])list.ToArray(typeof(DataTypes.AuthorizationData));
                        break;
                }
            }

            return m;
        }
    }
}
