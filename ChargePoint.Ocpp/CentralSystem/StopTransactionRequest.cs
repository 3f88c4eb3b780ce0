using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

// Moved from the image as it was (non-nullable annotations are this project's; the image has none).
#nullable disable
namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StopTransaction.req (Spec §6). Only the Central System direction reads it (the charger writes it in JournalMessage.WritePayload), so it lives outside the image. Wire action <see cref="OcppAction.StopTransaction"/>.</summary>
    public sealed class StopTransactionRequest : IOcppPayload
    {
        public StopTransactionRequest(int meterStop, DateTime timestamp, int transactionId)
        {
            MeterStop = meterStop;
            Timestamp = timestamp;
            TransactionId = transactionId;
        }

        /// <summary>Optional CiString20.</summary>
        public string IdTag;

        /// <summary>Required, integer.</summary>
        public int MeterStop;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Required, integer.</summary>
        public int TransactionId;

        /// <summary>Optional, one of <see cref="Reason"/>.</summary>
        public string Reason;

        /// <summary>Optional list of MeterValue.</summary>
        public MeterValue[] TransactionData;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.IdTag, IdTag);
            w.Prop("meterStop", MeterStop);
            w.Prop("timestamp", Timestamp);
            w.Prop(Key.TransactionId, TransactionId);
            w.Prop("reason", Reason);
            w.PropArray("transactionData", TransactionData);
            w.EndObject();
        }
    }
}
