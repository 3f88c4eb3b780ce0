using System;
using System.Collections;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Power-loss-safe, strictly ordered queue of the transaction-related messages (StartTransaction,
    /// MeterValues of a transaction, StopTransaction), plus the state of every unfinished transaction.
    ///
    /// Storage layout (all through <see cref="IStorage"/>):
    /// - "txj.state": the small state record, replaced atomically on every change: counters, the delivery
    ///   watermark, the retry state of the head message, clock anchors, and each unfinished transaction with
    ///   its Start/Stop message and capped transactionData. Guarded by a CRC.
    /// - "txj.m&lt;n&gt;": append-only segments of MeterValues messages, each record framed as
    ///   [0xA5][len:2][payload][crc32:4]. A torn tail (power cut mid-append) fails its CRC and is cut off on
    ///   the next open by rewriting the segment atomically. Segments are deleted once delivered. Segment numbers
    ///   are contiguous (lowest = head, highest = tail): only the head is deleted in normal operation, and recovery
    ///   never leaves a hole.
    ///
    /// Bounded memory (the nanoCLR heap is small and fragments): nothing in RAM grows with the journal's length.
    /// Segments are read in fixed-size chunks into one reused buffer (<see cref="ChunkBytes"/>); recovery streams over
    /// the frames without decoding them into objects; only the head message is held decoded.
    ///
    /// Every message has a sequence number; delivery is in sequence order and everything at or below the
    /// watermark is delivered (confirmed or dropped after its attempts). A confirmed message is therefore
    /// never sent again, and anything above the watermark is sent again after a reconnect or reboot with the
    /// same message id.
    ///
    /// Timestamps taken before the clock was set carry (boot, monotonic ms) and are re-stamped at send time:
    /// with the anchor of their boot once that boot's clock is set; for a boot that lost power before its
    /// clock was ever set, with the start time of the next boot whose clock was set (an upper bound: the
    /// true time died with the power). Until one of these exists the message is held back.
    ///
    /// Fail-stop: once a storage call throws (power cut, flash error), the journal sends nothing more and refuses
    /// changes until it is opened again, so RAM that ran ahead of flash can never reach the wire.
    /// </summary>
    public sealed partial class TransactionJournal
    {
        internal const string SegmentPrefix = "txj.m";
        internal const string StateName = "txj.state";
        internal const string MirrorName = "txj.state.m";
        private const uint StateMagic = 0x314A5854;
        private const int StateVersion = 1;
        private const byte FrameMagic = 0xA5;
        private const int MaxAnchors = 8;

        /// <summary>Size of the reused read buffer; a frame larger than this grows it once (frames are at most 64 KiB).</summary>
        internal const int ChunkBytes = 1024;

        private readonly IStorage _storage;
                private readonly ArrayList _transactions = new ArrayList();
        private readonly ArrayList _anchors = new ArrayList(); // clock anchors: the capture time at which a boot's clock was first set
        private readonly Record _writer = new Record(128); // grows to the largest frame or state record written (a few hundred bytes in a session)

        // Segments: [_headSegment, _tailSegment] (0 = none). The head is read frame by frame from _headOffset;
        // _headEntry is the decoded frame before it (the message waiting to be sent, or one already delivered), of
        // transaction number _headTxNr (looked up when it is sent).
        private int _headSegment;
        private int _headOffset;
        private JournalMessage _headEntry;
        private int _headTxNr;
        private int _tailSegment;
        private int _tailBytes;

        // The read window: _chunk[0.._chunkLength) holds bytes [_chunkStart, ...) of record _chunkName. Allocated by
        // the first read: a charger that has nothing journaled (most of its life) does not hold it.
        private byte[] _chunk;
        private string _chunkName;
        private int _chunkStart;
        private int _chunkLength;
        private int _frameAt;
        private string _prefix;
        private int _nextSeq;
        private int _nextTxNr;
        private int _nextSegment;
        private int _watermark;
        private int _headSeq;
        private int _headAttempts;
        private int _segmentBytes;
        private int _stateBytes;
        private long _nextAttemptMono;
        private bool _opened;

        public TransactionJournal(IStorage storage)
        {
            _storage = storage;
            TransactionMessageAttempts = 3;
            TransactionMessageRetryIntervalSeconds = 60;
        }

        /// <summary>TransactionMessageAttempts: failed attempts (CallError) before a message is dropped.</summary>
        public int TransactionMessageAttempts;

        /// <summary>TransactionMessageRetryInterval: wait before attempt n+1 is n times this.</summary>
        public int TransactionMessageRetryIntervalSeconds;

        /// <summary>A storage call failed: nothing is sent or changed until the next <see cref="Open"/> (reboot). Read only.</summary>
        public bool IsFailed;

        /// <summary>Boot counter, incremented by every <see cref="Open"/>. Read only.</summary>
        public int Boot;

        /// <summary>Meter values dropped since the journal was created because it was full (persisted). Read only.</summary>
        public int DroppedMeterValues;

        /// <summary>Undelivered MeterValues messages. Read only.</summary>
        public int QueuedMeterValues;

        /// <summary>Undelivered messages of any kind.</summary>
        public int QueuedMessages
        {
            get
            {
                int count = QueuedMeterValues;
                for (int i = 0; i < _transactions.Count; i++)
                {
                    var tx = (JournalTransaction)_transactions[i];
                    if (tx.StartSeq > _watermark)
                    {
                        count++;
                    }

                    if (tx.Stopped && tx.StopSeq > _watermark)
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>Bytes the journal occupies in storage.</summary>
        public int StorageBytes
        {
            get { return _segmentBytes + 2 * _stateBytes; } // the state record and its mirror
        }

        /// <summary>
        /// A change to storage, fail-stop (a call that throws marks the journal failed): bytes null deletes the record (a
        /// segment: the chunk is dropped), count below 0 replaces it with bytes, otherwise bytes [0, count) are appended.
        /// </summary>
        private void Store(string name, byte[] bytes, int count)
        {
            try
            {
                if (bytes == null)
                {
                    _chunkName = null;
                    _storage.Delete(name);
                }
                else if (count < 0)
                {
                    _storage.Write(name, bytes);
                }
                else
                {
                    _storage.Append(name, bytes, 0, count);
                }
            }
            catch (Exception)
            {
                IsFailed = true;
                throw;
            }
        }

        private void EnsureOpen()
        {
            if (!_opened || IsFailed)
            {
                throw new InvalidOperationException("journal closed or failed");
            }
        }
    }
}
