using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>RemoteStopTransaction.req (Spec §6). Wire action <see cref="OcppAction.RemoteStopTransaction"/>.</summary>
    public sealed class RemoteStopTransactionRequest
    {
        /// <summary>Required, integer.</summary>
        public int TransactionId;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static RemoteStopTransactionRequest Parse(JsonReader r)
        {
            var m = new RemoteStopTransactionRequest();
            bool hasTransactionId = false;
            r.ReadStartObject("RemoteStopTransactionRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("transactionId"))
                {
                    m.TransactionId = r.ReadInt("transactionId");
                    hasTransactionId = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasTransactionId, "transactionId");
            return m;
        }
    }
}
