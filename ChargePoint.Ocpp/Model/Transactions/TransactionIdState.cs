namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Whether the CSMS transactionId of a journalled transaction is known yet.</summary>
    public static class TransactionIdState
    {
        /// <summary>StartTransaction not confirmed yet: dependent messages wait behind it.</summary>
        public const int Pending = 0;

        /// <summary>StartTransaction.conf arrived with the id.</summary>
        public const int Known = 1;

        /// <summary>StartTransaction was dropped after its attempts: later messages carry -1 (Errata 3.18).</summary>
        public const int Dropped = 2;
    }
}
