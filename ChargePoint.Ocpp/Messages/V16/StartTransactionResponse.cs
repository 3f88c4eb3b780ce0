using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StartTransaction.conf (Spec §6).</summary>
    public sealed class StartTransactionResponse
    {
        /// <summary>Required IdTagInfo.</summary>
        public IdTagInfo IdTagInfo;

        /// <summary>Required, integer.</summary>
        public int TransactionId;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static StartTransactionResponse Parse(JsonReader r)
        {
            var m = new StartTransactionResponse();
            bool hasIdTagInfo = false;
            bool hasTransactionId = false;
            r.ReadStartObject("StartTransactionResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("idTagInfo"))
                {
                    m.IdTagInfo = DataTypes.IdTagInfo.Parse(r);
                    hasIdTagInfo = true;
                }
                else if (r.NameIs("transactionId"))
                {
                    m.TransactionId = r.ReadInt(null);
                    hasTransactionId = true;
                }
            }

            Validate.Required(hasIdTagInfo, "idTagInfo");
            Validate.Required(hasTransactionId, "transactionId");
            return m;
        }
    }
}
