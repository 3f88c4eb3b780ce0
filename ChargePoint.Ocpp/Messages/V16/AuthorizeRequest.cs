using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>Authorize.req (Spec §6). Wire action <see cref="OcppAction.Authorize"/>.</summary>
    public sealed class AuthorizeRequest : IOcppPayload
    {
        public AuthorizeRequest()
        {
        }

        public AuthorizeRequest(string idTag)
        {
            IdTag = idTag;
        }

        /// <summary>Required CiString20.</summary>
        public string IdTag = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("idTag", IdTag);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static AuthorizeRequest Parse(JsonReader r)
        {
            var m = new AuthorizeRequest();
            bool hasIdTag = false;
            r.ReadStartObject("AuthorizeRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("idTag"))
                {
                    m.IdTag = r.ReadString("idTag", 20);
                    hasIdTag = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasIdTag, "idTag");
            return m;
        }
    }
}
