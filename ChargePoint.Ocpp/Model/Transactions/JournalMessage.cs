using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>The next transaction-related message to deliver, as handed to the RPC session.</summary>
    public sealed class JournalMessage
    {
        // Kind: the three transaction-related messages (Spec §3.7) that go through the journal.
        public const int StartTransaction = 1;
        public const int MeterValues = 2;
        public const int StopTransaction = 3;

        internal JournalMessage(int kind, int seq, string messageId, JournalTransaction transaction, int connectorId, MeterValue meterValue, int transactionId)
        {
            Kind = kind;
            Seq = seq;
            MessageId = messageId;
            Transaction = transaction;
            ConnectorId = connectorId;
            MeterValue = meterValue;
            TransactionId = transactionId;
        }

        /// <summary>StartTransaction, MeterValues or StopTransaction (the constants above).</summary>
        public readonly int Kind;

        /// <summary>Journal sequence number: strictly increasing in delivery order.</summary>
        public readonly int Seq;

        /// <summary>The OCPP-J message id, stable across retries and reboots (J-Errata 3.1/3.7).</summary>
        public readonly string MessageId;

        /// <summary>The transaction (Start/Stop, and MeterValues of a known transaction).</summary>
        public readonly JournalTransaction Transaction;

        public readonly int ConnectorId;

        /// <summary>The sample of a MeterValues message.</summary>
        public readonly MeterValue MeterValue;

        /// <summary>For MeterValues and StopTransaction: the resolved transactionId (-1 when the Start was dropped).</summary>
        public readonly int TransactionId;
    }
}
