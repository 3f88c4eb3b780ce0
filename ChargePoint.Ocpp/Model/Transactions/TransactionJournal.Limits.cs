namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Capacity of the transaction journal (fields of the journal, not an object of their own: one type less in the image).
    /// Defaults: 100 unfinished transactions, 10,000 queued MeterValues, 1 MiB of storage in total (state record + meter
    /// segments), 10 transactionData values per StopTransaction. With an energy-only sample a queued MeterValues costs about
    /// 55 bytes, so the defaults fit with room to spare. Set before the transactions and samples they limit.
    /// </summary>
    public sealed partial class TransactionJournal
    {
        public int MaxTransactions = 100;
        public int MaxMeterValues = 10000;
        public int MaxBytes = 1024 * 1024;

        /// <summary>Size at which a meter segment file is closed and a new one started (read in 1 KB chunks, deleted once delivered).</summary>
        public int SegmentBytes = 8 * 1024;

        /// <summary>transactionData kept per StopTransaction (first and last always kept). Advertised as StopTransactionMaxMeterValues.</summary>
        public int MaxTransactionData = 10;
    }
}
