namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Bookkeeping for one append-only meter-value segment file.</summary>
    internal sealed class JournalSegment
    {
        public int Number;
        public int FirstSeq;
        public int LastSeq;
        public int Count;
        public int Bytes;

        public string Name
        {
            get { return TransactionJournal.SegmentPrefix + Number.ToString(); }
        }
    }
}
