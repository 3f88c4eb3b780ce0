// TransactionJournal: delivery of the head message (send when due, confirm, fail and retry) and the clock anchors that re-stamp its times.

namespace ChargePoint.Ocpp.Model.Transactions
{
    public sealed partial class TransactionJournal
    {
        /// <summary>
        /// The message to send now, or null: nothing queued, waiting for the retry interval, or its timestamp
        /// cannot be stamped yet (clock never set). Peek again after a reconnect to re-send the same message.
        /// </summary>
        public JournalMessage Peek(long nowMono)
        {
            if (IsFailed)
            {
                return null;
            }

            EnsureOpen();
            if (nowMono < _nextAttemptMono)
            {
                return null;
            }

            // Held back until every timestamp it carries can be stamped.
            JournalMessage message = Head();
            if (message == null)
            {
                return null;
            }

            if (message.Kind == JournalMessage.MeterValues)
            {
                return ResolveUtcMs(message.MeterValue.Time) > 0 ? message : null;
            }

            JournalTransaction tx = message.Transaction;
            if (message.Kind == JournalMessage.StartTransaction)
            {
                return ResolveUtcMs(tx.StartTime) > 0 ? message : null;
            }

            if (ResolveUtcMs(tx.StopTime) <= 0)
            {
                return null;
            }

            for (int i = 0; i < tx.TransactionData.Count; i++)
            {
                if (ResolveUtcMs(((MeterValue)tx.TransactionData[i]).Time) <= 0)
                {
                    return null;
                }
            }

            return message;
        }

        /// <summary>The head message was answered with a CallResult. For a StartTransaction, transactionId is recorded.</summary>
        public void Confirm(int seq, int transactionId)
        {
            EnsureOpen();
            JournalMessage head = Head();
            if (head == null || head.Seq != seq)
            {
                return; // a stale answer: the head already moved on
            }

            Complete(head, transactionId, JournalTransaction.IdKnown);
        }

        /// <summary>
        /// The head message failed to process (CallError). After TransactionMessageAttempts failures it is
        /// dropped; a dropped StartTransaction makes later messages of its transaction carry -1 (Errata 3.18).
        /// A lost connection or timeout is not a failure: the message is simply sent again.
        /// </summary>
        public void Fail(int seq, long nowMono)
        {
            EnsureOpen();
            JournalMessage head = Head();
            if (head == null || head.Seq != seq)
            {
                return;
            }

            int attempts = (_headSeq == seq ? _headAttempts : 0) + 1;
            if (attempts >= TransactionMessageAttempts)
            {
                Complete(head, -1, JournalTransaction.IdDropped);
                return;
            }

            _headSeq = seq;
            _headAttempts = attempts;
            _nextAttemptMono = nowMono + (long)TransactionMessageRetryIntervalSeconds * 1000 * attempts;
            WriteState();
        }

        /// <summary>The clock was set: anchors this boot's monotonic time to UTC (first call per boot counts).</summary>
        public void SetClock(long utcMs, long monoMs)
        {
            EnsureOpen();
            for (int i = 0; i < _anchors.Count; i++)
            {
                if (((CaptureTime)_anchors[i]).Boot == Boot)
                {
                    return;
                }
            }

            _anchors.Add(new CaptureTime(utcMs, Boot, monoMs));
            while (_anchors.Count > MaxAnchors)
            {
                _anchors.RemoveAt(0);
            }

            WriteState();
        }

        /// <summary>The UTC milliseconds to report for a capture time (see the class comment), or 0 when unknown yet.</summary>
        public long ResolveUtcMs(CaptureTime time)
        {
            if (time.UtcMs > 0)
            {
                return time.UtcMs;
            }

            // The anchor of its boot; else the boot lost power before its clock was set: the next boot with a clock started after it.
            CaptureTime later = null;
            for (int i = 0; i < _anchors.Count; i++)
            {
                var a = (CaptureTime)_anchors[i];
                if (a.Boot == time.Boot)
                {
                    return a.UtcMs + (time.MonoMs - a.MonoMs);
                }

                if (a.Boot > time.Boot && (later == null || a.Boot < later.Boot))
                {
                    later = a;
                }
            }

            return later == null ? 0 : later.UtcMs - later.MonoMs;
        }

        private void Complete(JournalMessage head, int transactionId, int idState)
        {
            _watermark = head.Seq;
            _headSeq = 0;
            _headAttempts = 0;
            _nextAttemptMono = 0;
            if (head.Kind == JournalMessage.StartTransaction)
            {
                JournalTransaction tx = head.Transaction;
                tx.IdState = idState;
                tx.TransactionId = idState == JournalTransaction.IdKnown ? transactionId : -1;
            }
            else if (head.Kind == JournalMessage.StopTransaction)
            {
                _transactions.Remove(head.Transaction);
            }
            else
            {
                QueuedMeterValues--;
                if (head.Transaction != null && head.MeterValue != null)
                {
                    head.Transaction.NoteEnergy(EnergyOf(head.MeterValue)); // the segment may go: the state keeps it
                }
            }

            WriteState();
            HeadEntry(); // deletes the segments delivered in full
        }
    }
}
