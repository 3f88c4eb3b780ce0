namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Bit flags the transaction service persists with a journalled transaction.</summary>
    public static class TransactionFlags
    {
        /// <summary>StartTransaction.conf was not Accepted and StopTransactionOnInvalidId is false: energy is suspended.</summary>
        public const int InvalidIdSuspended = 1;

        /// <summary>The transaction was started by RemoteStartTransaction.</summary>
        public const int RemoteStarted = 2;
    }
}
