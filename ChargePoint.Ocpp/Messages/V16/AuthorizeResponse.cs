using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>Authorize.conf (Spec §6).</summary>
    public sealed class AuthorizeResponse
    {
        /// <summary>Required IdTagInfo.</summary>
        public IdTagInfo IdTagInfo = new IdTagInfo();

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static AuthorizeResponse Parse(JsonReader r)
        {
            var m = new AuthorizeResponse();
            bool hasIdTagInfo = false;
            r.ReadStartObject("AuthorizeResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("idTagInfo"))
                {
                    m.IdTagInfo = DataTypes.IdTagInfo.Parse(r);
                    hasIdTagInfo = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasIdTagInfo, "idTagInfo");
            return m;
        }
    }
}
