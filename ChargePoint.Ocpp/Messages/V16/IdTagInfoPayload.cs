using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Authorize.conf and StopTransaction.conf (Spec §6): the same data, their one field idTagInfo, required in
    /// Authorize.conf and optional in StopTransaction.conf (<see cref="Parse"/> is told which).
    /// </summary>
    public sealed class IdTagInfoPayload
    {
        /// <summary>The idTagInfo; null only when absent from a StopTransaction.conf.</summary>
        public IdTagInfo IdTagInfo;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static IdTagInfoPayload Parse(JsonReader r, bool required)
        {
            var m = new IdTagInfoPayload();
            r.ReadStartObject("payload");
            while (r.NextProperty())
            {
                if (r.NameIs("idTagInfo"))
                {
                    m.IdTagInfo = IdTagInfo.Parse(r);
                }
            }

            if (required)
            {
                Validate.Required(m.IdTagInfo != null, "idTagInfo");
            }

            return m;
        }
    }
}
