namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>The three transaction-related messages (Spec §3.7) that go through the journal.</summary>
    public static class JournalMessageKind
    {
        public const int StartTransaction = 1;
        public const int MeterValues = 2;
        public const int StopTransaction = 3;
    }
}
