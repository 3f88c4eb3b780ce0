using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One entry of a local authorization list in SendLocalList.req (Spec §7.2). No idTagInfo in a Differential update means "remove this idTag".</summary>
    public sealed class AuthorizationData
    {
        /// <summary>Required CiString20.</summary>
        public string IdTag;

        /// <summary>Optional IdTagInfo, as the local list keeps it (null when absent).</summary>
        public Model.Transactions.IdTagInfo IdTagInfo;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static AuthorizationData Parse(JsonReader r)
        {
            var m = new AuthorizationData();
            r.ReadStartObject("AuthorizationData");
            for (int k; (k = r.NextKey(Key.IdTag + Key.IdTagInfo, 1)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.IdTag = r.ReadString(null, 20);
                        break;
                    case 1:
                        m.IdTagInfo = IdTagInfoPayload.ParseIdTagInfo(r);
                        break;
                }
            }

            return m;
        }
    }
}
