namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>The transaction service's working state for one connector (RAM; the journal holds what must survive).</summary>
    internal sealed class ConnectorSession
    {
        /// <summary>Authorized idTag waiting for the plug (card or RemoteStart), or null.</summary>
        public string PendingIdTag;
        public string PendingParent;
        public long PendingSinceMs;
        public bool PendingRemote;

        /// <summary>Reservation the pending session uses (TransactionService.NoReservation when none).</summary>
        public int PendingReservationId = TransactionService.NoReservation;

        /// <summary>idTag whose Authorize.req (to start) is outstanding, or null.</summary>
        public string AuthorizingIdTag;

        /// <summary>Local number of the running transaction, 0 when none.</summary>
        public int TxNr;

        public bool WasPlugged;

        /// <summary>Finishing without a plug (EV side disconnected): cleared after ConnectionTimeOut.</summary>
        public long FinishingSinceMs = -1;
    }
}
