using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StopTransaction.conf (Spec §6).</summary>
    public sealed class StopTransactionResponse
    {
        /// <summary>Optional IdTagInfo.</summary>
        public IdTagInfo IdTagInfo;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static StopTransactionResponse Parse(JsonReader r)
        {
            var m = new StopTransactionResponse();
            r.ReadStartObject("StopTransactionResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("idTagInfo"))
                {
                    m.IdTagInfo = DataTypes.IdTagInfo.Parse(r);
                }
                else
                {
                    r.SkipValue();
                }
            }
            return m;
        }
    }
}
