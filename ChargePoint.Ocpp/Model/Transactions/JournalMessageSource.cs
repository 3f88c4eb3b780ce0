using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Plugs the <see cref="TransactionJournal"/> into the RPC session as its transaction-message source.
    /// Anchors the journal's clock the first time the wall clock is seen set in this boot.
    /// </summary>
    public sealed class JournalMessageSource : ITransactionMessageSource
    {
        private readonly WallClockReader _clock;
        private bool _anchored;

        public JournalMessageSource(TransactionJournal journal, WallClockReader clock)
        {
            Journal = journal;
            _clock = clock;
        }

        /// <summary>Called when a Start or Stop was confirmed by the Central System.</summary>
        public TransactionConfirmedHandler? Confirmed;

        public readonly TransactionJournal Journal;

        /// <summary>Records the clock anchor once the clock is set (also done lazily by NextDue).</summary>
        public void Poll(long nowMs)
        {
            if (_anchored)
            {
                return;
            }

            long utc = _clock(nowMs);
            if (utc > 0)
            {
                Journal.SetClock(utc, nowMs);
                _anchored = true;
            }
        }

        public OutgoingCall? NextDue(long nowMs)
        {
            Poll(nowMs);
            JournalMessage? head = Journal.Peek(nowMs);
            return head == null ? null : new JournalCall(this, head);
        }

        internal void OnConfirmed(JournalTransaction tx, int kind, ChargePoint.Ocpp.Messages.V16.DataTypes.IdTagInfo? info, long nowMs)
        {
            TransactionConfirmedHandler? handler = Confirmed;
            if (handler != null)
            {
                handler(tx, kind, info, nowMs);
            }
        }
    }
}
