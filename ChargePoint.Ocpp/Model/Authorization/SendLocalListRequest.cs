using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>SendLocalList.req (Spec §6). Wire action <see cref="OcppAction.SendLocalList"/>.</summary>
    public sealed class SendLocalListRequest
    {
        /// <summary>Required, integer.</summary>
        public int ListVersion;

        /// <summary>Optional list of AuthorizationData (<see cref="IdTagInfoPayload"/> entries).</summary>
        public IdTagInfoPayload[] LocalAuthorizationList;

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
                        m.UpdateType = r.ReadEnum(null, W.OcppEnum.UpdateType);
                        break;
                    case 2:
                        var list = new ArrayList();
                        r.ReadStartArray(null);
                        while (r.NextItem())
                        {
                            list.Add(IdTagInfoPayload.Parse(r, false, false, true));
                        }
                        
                        m.LocalAuthorizationList = (IdTagInfoPayload[])list.ToArray(typeof(IdTagInfoPayload));
                        break;
                }
            }

            return m;
        }
    }
}
