using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>Authorize.req (Spec §6). Wire action <see cref="OcppAction.Authorize"/>.</summary>
    public sealed class AuthorizeRequest : IOcppPayload
    {
        public AuthorizeRequest(string idTag)
        {
            IdTag = idTag;
        }

        /// <summary>Required CiString20.</summary>
        public string IdTag;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("idTag", IdTag);
            w.EndObject();
        }
    }
}
