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

        /// <summary>Recovers the journal from storage (or creates it) and counts a boot. Call once per boot.</summary>
        /// <param name="newPrefix">Message-id prefix used only when the journal is created; it must differ between devices/wipes.</param>
        public void Open(string newPrefix)
        {
            Reset();
            // The state record, or its mirror when the record fails its check (the mirror is written right after it, so it
            // holds the same state or, after a power cut between the two writes, the one before).
            int health = LoadStateRecord(StateName, true);
            if (health > 0)
            {
                health = LoadStateRecord(MirrorName, false) < 0 ? MirrorCorrupt : StateOk;
            }
            else if (health == 0 && !_storage.Exists(MirrorName))
            {
                health = StateNew;
            }
            else if (LoadStateRecord(MirrorName, true) > 0)
            {
                health = StateFromMirror;
            }
            else
            {
                Reset();
                health = StateLost;
            }

            bool loaded = health < StateLost;
            if (!loaded)
            {
                _prefix = newPrefix;
            }

            {
                // Find the segments, cut torn tails and count what is queued, streaming: one segment at a time, in chunks,
                // with no per-frame objects. Segments run contiguously from the highest number down (see the class comment).
                int hi = _nextSegment - 1;
                if (!loaded)
                {
                    // The highest segment number among the stored names (digits parsed in place).
                    hi = 0;
                    string[] names = _storage.List();
                    for (int i = 0; i < names.Length; i++)
                    {
                        string name = names[i];
                        if (name.Length <= SegmentPrefix.Length || name.Length > SegmentPrefix.Length + 9 || !name.StartsWith(SegmentPrefix))
                        {
                            continue;
                        }

                        int number = 0;
                        for (int p = SegmentPrefix.Length; p < name.Length && number >= 0; p++)
                        {
                            char c = name[p];
                            number = c >= '0' && c <= '9' ? number * 10 + (c - '0') : -1;
                        }

                        if (number > hi)
                        {
                            hi = number;
                        }
                    }
                }

                while (_storage.Exists(SegmentName(hi + 1)))
                {
                    hi++; // appended after the state was last written
                }

                // Where the last frame of each open transaction is, for its capture time: its seq, segment and offset (bounded
                // by MaxTransactions, not by the journal).
                int txCount = _transactions.Count;
                var lastSeq = new int[txCount];
                var lastSegment = new int[txCount];
                var lastAt = new int[txCount];

                int top = hi;
                for (int n = hi; n >= 1; n--)
                {
                    string name = SegmentName(n);
                    if (!_storage.Exists(name))
                    {
                        break;
                    }

                    // Scan its frames, streaming (no per-frame objects).
                    int valid = 0; // the length of the valid prefix
                    while (true)
                    {
                        int frame = LoadFrame(name, valid);
                        if (frame == 0)
                        {
                            break;
                        }

                        // Check in place, without objects, that the payload parses as a meter-value entry (what HeadEntry
                        // decodes: seq, txNr, connector, capture time, then the sampled values), taking its highest energy
                        // register in whole Wh (-1: none); a frame that does not parse ends the valid prefix.
                        byte[] b = _chunk;
                        int p = _frameAt + 3;
                        int end = p + frame - 7;
                        int q = p + 29;
                        long wh = q + 1 > end ? -2 : -1;
                        int values = wh < -1 ? 0 : b[q++];
                        for (int i = 0; i < values && wh >= -1; i++)
                        {
                            q += 5; // context, measurand, phase, location, unit
                            int length = q + 2 > end ? 0 : b[q] | (b[q + 1] << 8);
                            q += 2;
                            if (q > end || (length != 0xFFFF && q + length > end))
                            {
                                wh = -2;
                            }
                            else if (length != 0xFFFF)
                            {
                                long v = IsRegister(b[q - 6], b[q - 5], b[q - 3]) ? ParseWh(b, q, length, b[q - 3]) : -1;
                                wh = v > wh ? v : wh;
                                q += length;
                            }
                        }

                        if (wh < -1)
                        {
                            break;
                        }

                        int seq = Int32At(b, p);
                        if (seq >= _nextSeq)
                        {
                            _nextSeq = seq + 1;
                        }

                        int txNr = Int32At(b, p + 4);
                        JournalTransaction owner = Find(txNr);
                        if (owner != null)
                        {
                            owner.NoteEnergy(wh);
                        }

                        if (seq > _watermark)
                        {
                            QueuedMeterValues++;
                            for (int i = 0; i < lastSeq.Length; i++)
                            {
                                if (((JournalTransaction)_transactions[i]).TxNr == txNr && seq > lastSeq[i])
                                {
                                    lastSeq[i] = seq;
                                    lastSegment[i] = n;
                                    lastAt[i] = valid;
                                }
                            }
                        }

                        valid += frame;
                    }

                    if (Window(name, valid, 1))
                    {
                        // Bytes after the valid frames: a torn tail from a power cut mid-append.
                        if (valid == 0 && n == top)
                        {
                            Store(name, null, 0); // the newest segment's first append was torn: its number is reused
                            top = n - 1;
                            continue;
                        }

                        // Keep the valid prefix (atomic rewrite; an empty file keeps the numbers contiguous). Once per torn
                        // tail, bounded by the segment size.
                        byte[] torn = _storage.Read(name);
                        var prefix = new byte[valid];
                        if (torn != null)
                        {
                            Array.Copy(torn, prefix, valid < torn.Length ? valid : torn.Length);
                        }

                        _chunkName = null;
                        _storage.Write(name, prefix);
                    }

                    if (_tailSegment == 0)
                    {
                        _tailSegment = n;
                        _tailBytes = valid;
                    }

                    SetHead(n);
                    _segmentBytes += valid;
                }

                _nextSegment = top + 1; // hi + 1, or the number of a deleted torn segment (nothing above it exists)

                for (int i = 0; i < txCount; i++)
                {
                    var tx = (JournalTransaction)_transactions[i];
                    // Its frame was checked in the scan above; the time follows seq, txNr and connector. Read once per transaction.
                    if (lastSeq[i] > 0 && !tx.Stopped && LoadFrame(SegmentName(lastSegment[i]), lastAt[i]) > 0)
                    {
                        tx.LastTime = new Record(_chunk, _frameAt + 12, 20).Time(null);
                    }
                }
            }

            // Report a corrupt state record or mirror (moved aside) before the next WriteState replaces it.
            switch (health)
            {
                case MirrorCorrupt:
                    StoreHealth.Report(_storage, MirrorName, "mirror corrupt");
                    break;
                case StateFromMirror:
                    StoreHealth.Report(_storage, StateName, "restored from mirror");
                    break;
                case StateLost:
                    StoreHealth.Report(_storage, StateName, "state lost; meter values kept: " + QueuedMeterValues.ToString());
                    if (_storage.Exists(MirrorName))
                    {
                        StoreHealth.Report(_storage, MirrorName, Record.Corrupt);
                    }

                    break;
            }

            for (int i = _transactions.Count - 1; i >= 0; i--)
            {
                var tx = (JournalTransaction)_transactions[i];
                if (tx.Stopped && tx.StopSeq <= _watermark)
                {
                    _transactions.RemoveAt(i);
                }
            }

            Boot++;
            _opened = true;
            WriteState();
            HeadEntry(); // deletes the segments delivered in full
        }

        /// <summary>Journals a new transaction and its StartTransaction. Returns its local number, or -1 when full.</summary>
        public int BeginTransaction(int connectorId, string idTag, string parentIdTag, long meterStartWh, CaptureTime time, int reservationId, int flags)
        {
            EnsureOpen();
            if (_transactions.Count >= MaxTransactions)
            {
                return -1;
            }

            var tx = new JournalTransaction();
            tx.TxNr = _nextTxNr++;
            tx.ConnectorId = connectorId;
            tx.IdTag = idTag;
            tx.ParentIdTag = parentIdTag;
            tx.MeterStartWh = meterStartWh;
            tx.StartTime = time;
            tx.ReservationId = reservationId;
            tx.StartSeq = _nextSeq++;
            tx.IdState = JournalTransaction.IdPending;
            tx.Flags = flags;
            tx.LastTime = time;
            tx.LastEnergyWh = meterStartWh;
            _transactions.Add(tx);
            WriteState();
            return tx.TxNr;
        }

        /// <summary>Journals a MeterValues message of a transaction. False when dropped because the journal is full.</summary>
        public bool AddMeterValue(int txNr, MeterValue value)
        {
            JournalTransaction tx = OpenTransaction(txNr);

            Record w = _writer;
            w.Length = 0;
            w.Int(FrameMagic, 1);
            w.Int(0, 2);
            w.Int(_nextSeq, 4);
            w.Int(txNr, 4);
            w.Int(tx.ConnectorId, 1);
            w.Meter(value);
            int payload = w.Length - 3;
            w.Patch(1, payload, 2);
            w.Int(Crc32.Compute(w.Buffer, 1, payload + 2), 4);
            int frameBytes = w.Length;

            // Meter values never use the bytes kept for the state record and its mirror (transactions, Start/Stop, transactionData).
            if (QueuedMeterValues >= MaxMeterValues
                || _segmentBytes + frameBytes > MaxBytes - 2 * MaxTransactions * (256 + MaxTransactionData * 64))
            {
                DroppedMeterValues++;
                return false;
            }

            if (_tailSegment == 0 || _tailBytes + frameBytes > SegmentBytes)
            {
                int number = _nextSegment++;
                _tailSegment = number;
                _tailBytes = 0;
                if (_headSegment == 0)
                {
                    SetHead(number);
                }
            }

            Store(SegmentName(_tailSegment), _writer.Buffer, frameBytes); // names are made when used: no string per segment kept

            _nextSeq++;
            _tailBytes += frameBytes;
            _segmentBytes += frameBytes;
            QueuedMeterValues++;
            tx.LastTime = value.Time;
            tx.NoteEnergy(EnergyOf(value));
            return true;
        }

        /// <summary>Adds a value to the transactionData of the StopTransaction (capped, first and last kept).</summary>
        public void AddTransactionData(int txNr, MeterValue value)
        {
            JournalTransaction tx = OpenTransaction(txNr);

            tx.AddTransactionData(value, MaxTransactionData);
            tx.LastTime = value.Time;
            tx.NoteEnergy(EnergyOf(value));
            WriteState();
        }

        /// <summary>Persists service flags of an open transaction.</summary>
        public void SetFlags(int txNr, int flags)
        {
            EnsureOpen();
            JournalTransaction tx = Find(txNr);
            if (tx != null && tx.Flags != flags)
            {
                tx.Flags = flags;
                WriteState();
            }
        }

        /// <summary>Journals the StopTransaction, with the values already added as transactionData plus the given end value.</summary>
        public void EndTransaction(int txNr, string idTag, long meterStopWh, CaptureTime time, int reason, MeterValue endValue)
        {
            JournalTransaction tx = OpenTransaction(txNr);

            if (endValue != null)
            {
                tx.AddTransactionData(endValue, MaxTransactionData);
                tx.NoteEnergy(EnergyOf(endValue));
            }

            tx.NoteEnergy(meterStopWh);

            tx.Stopped = true;
            tx.StopSeq = _nextSeq++;
            tx.StopIdTag = idTag;
            tx.MeterStopWh = meterStopWh;
            tx.StopTime = time;
            tx.StopReason = reason;
            WriteState();
        }

        private JournalTransaction OpenTransaction(int txNr)
        {
            EnsureOpen();
            JournalTransaction tx = Find(txNr);
            if (tx == null || tx.Stopped)
            {
                throw new InvalidOperationException("no open tx " + txNr.ToString());
            }

            return tx;
        }

        public JournalTransaction Find(int txNr)
        {
            for (int i = 0; i < _transactions.Count; i++)
            {
                var tx = (JournalTransaction)_transactions[i];
                if (tx.TxNr == txNr)
                {
                    return tx;
                }
            }

            return null;
        }

        /// <summary>Transactions not yet fully delivered (open, or with queued messages), in start order (the array is a snapshot).</summary>
        public JournalTransaction[] Transactions()
        {
            return (JournalTransaction[])_transactions.ToArray(typeof(JournalTransaction));
        }

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

        /// <summary>The next message to deliver whether or not it may be sent right now (<see cref="Peek"/> decides that), or null: nothing queued.</summary>
        internal JournalMessage Head()
        {
            // Lowest sequence above the watermark among Start/Stop (state) and the head meter segment.
            int bestSeq = int.MaxValue;
            JournalTransaction best = null;
            int kind = 0;
            for (int i = 0; i < _transactions.Count; i++)
            {
                var tx = (JournalTransaction)_transactions[i];
                if (tx.StartSeq > _watermark && tx.StartSeq < bestSeq)
                {
                    bestSeq = tx.StartSeq;
                    best = tx;
                    kind = JournalMessage.StartTransaction;
                }

                if (tx.Stopped && tx.StopSeq > _watermark && tx.StopSeq < bestSeq)
                {
                    bestSeq = tx.StopSeq;
                    best = tx;
                    kind = JournalMessage.StopTransaction;
                }
            }

            int connectorId = best == null ? 0 : best.ConnectorId;
            MeterValue value = null;
            JournalMessage entry = HeadEntry();
            if (entry != null && entry.Seq < bestSeq)
            {
                kind = JournalMessage.MeterValues;
                bestSeq = entry.Seq;
                best = Find(_headTxNr);
                connectorId = entry.ConnectorId;
                value = entry.MeterValue;
            }
            else if (best == null)
            {
                return null;
            }

            // A Start carries no transactionId (0); the others the known one, or -1 (unknown, or its Start was dropped).
            int transactionId = kind == JournalMessage.StartTransaction ? 0 : best != null && best.IdState == JournalTransaction.IdKnown ? best.TransactionId : -1;
            return new JournalMessage(kind, bestSeq, _prefix + "-" + bestSeq.ToString(), best, connectorId, value, transactionId);
        }

        private static string SegmentName(int number)
        {
            return SegmentPrefix + number.ToString();
        }

        private void SetHead(int number)
        {
            _headSegment = number;
            _headOffset = 0;
            _headEntry = null;
        }

        /// <summary>
        /// The first undelivered meter value, reading the head segment on from the cursor. A segment read to its end
        /// with everything in it delivered is deleted (the tail too, as soon as all it holds is delivered).
        /// </summary>
        private JournalMessage HeadEntry()
        {
            while (true)
            {
                if (_headEntry != null && _headEntry.Seq > _watermark)
                {
                    return _headEntry;
                }

                if (IsFailed || _headSegment == 0)
                {
                    return null;
                }

                _headEntry = null;
                bool atTailEnd = _headSegment == _tailSegment && _headOffset >= _tailBytes;
                if (!atTailEnd)
                {
                    int frame = LoadFrame(SegmentName(_headSegment), _headOffset);
                    if (frame > 0)
                    {
                        try
                        {
                            var reader = new Record(_chunk, _frameAt + 3, frame - 7);
                            int seq = (int)reader.Int(0, 4);
                            int txNr = (int)reader.Int(0, 4);
                            int connectorId = (int)reader.Int(0, 1);
                            _headEntry = new JournalMessage(JournalMessage.MeterValues, seq, null, null, connectorId, reader.Meter(null), 0);
                            _headTxNr = txNr;
                            _headOffset += frame;
                            continue;
                        }
                        catch (ArgumentException)
                        {
                            // the payload does not parse: an unreadable frame
                        }
                    }

                    if (_headSegment == _tailSegment)
                    {
                        return null; // an unreadable frame inside the tail: nothing after it can be sent in order
                    }
                }

                // Read to its end, all delivered: delete the head segment and move the head to the next one.
                int bytes = _headSegment == _tailSegment ? _tailBytes : _headOffset;
                Store(SegmentName(_headSegment), null, 0);
                _segmentBytes -= bytes;
                if (_headSegment == _tailSegment)
                {
                    SetHead(0);
                    _tailSegment = 0;
                    _tailBytes = 0;
                    continue;
                }

                int next = _headSegment + 1;
                while (next < _tailSegment && !_storage.Exists(SegmentName(next)))
                {
                    next++;
                }

                SetHead(next);
            }
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

        /// <summary>Makes bytes [offset, offset + count) of a record available in the chunk; false when the record ends first.</summary>
        private bool Window(string name, int offset, int count)
        {
            if (_chunkName == name && offset >= _chunkStart && offset + count <= _chunkStart + _chunkLength)
            {
                return true;
            }

            if (_chunk == null || count > _chunk.Length)
            {
                _chunk = new byte[count > ChunkBytes ? count : ChunkBytes]; // a frame larger than the chunk: bounded by the 16-bit frame length
            }

            _chunkName = null;
            _chunkLength = _storage.ReadAt(name, offset, _chunk, _chunk.Length);
            _chunkName = name;
            _chunkStart = offset;
            return count <= _chunkLength;
        }

        /// <summary>
        /// Checks the frame at a record offset (magic, length, CRC) and leaves it in the chunk at _frameAt.
        /// Returns its total length, or 0 when there is no valid frame there (end of the record or a torn tail).
        /// </summary>
        private int LoadFrame(string name, int offset)
        {
            if (!Window(name, offset, 3))
            {
                return 0;
            }

            int at = offset - _chunkStart;
            if (_chunk[at] != FrameMagic)
            {
                return 0;
            }

            int length = _chunk[at + 1] | (_chunk[at + 2] << 8);
            int total = 3 + length + 4;
            if (!Window(name, offset, total))
            {
                return 0;
            }

            at = offset - _chunkStart;
            byte[] b = _chunk;
            int c = at + 3 + length;
            uint stored = (uint)(b[c] | (b[c + 1] << 8) | (b[c + 2] << 16) | (b[c + 3] << 24));
            if (Crc32.Compute(b, at + 1, length + 2) != stored)
            {
                return 0;
            }

            _frameAt = at;
            return total;
        }

        private static int Int32At(byte[] b, int p)
        {
            return b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24);
        }

        private void EnsureOpen()
        {
            if (!_opened || IsFailed)
            {
                throw new InvalidOperationException("journal closed or failed");
            }
        }

        private void WriteState()
        {
            Record w = _writer;
            w.Length = 0;
            w.Int(StateMagic, 4);
            w.Int(StateVersion, 1);
            State(w);
            byte[] bytes = w.Seal();
            Store(StateName, bytes, -1);
            Store(MirrorName, bytes, -1); // written second: never newer than the state record

            _stateBytes = bytes.Length;
        }

        /// <summary>
        /// Writes the state record after its header (r is _writer), or reads it from r into the fields and lists: one
        /// routine, field by field, so that the two directions cannot disagree on the stored bytes.
        /// </summary>
        private void State(Record r)
        {
            bool read = r != _writer;
            _prefix = r.Text(_prefix);
            r.Field(ref Boot, 4);
            r.Field(ref _nextSeq, 4);
            r.Field(ref _nextTxNr, 4);
            r.Field(ref _nextSegment, 4);
            r.Field(ref _watermark, 4);
            r.Field(ref _headSeq, 4);
            r.Field(ref _headAttempts, 4);
            r.Field(ref DroppedMeterValues, 4);
            int count = _anchors.Count;
            r.Field(ref count, 1);
            for (int i = 0; i < count; i++)
            {
                // A clock anchor: boot, monotonic ms, UTC ms.
                CaptureTime anchor = read ? new CaptureTime(0, 0, 0) : (CaptureTime)_anchors[i];
                int boot = (int)r.Int(anchor.Boot, 4);
                long mono = r.Int(anchor.MonoMs, 8);
                long utc = r.Int(anchor.UtcMs, 8);
                if (read)
                {
                    _anchors.Add(new CaptureTime(utc, boot, mono));
                }
            }

            count = _transactions.Count;
            r.Field(ref count, 2);
            for (int i = 0; i < count; i++)
            {
                // One unfinished transaction: its Start, its Stop once stopped, its transactionData.
                JournalTransaction tx = read ? new JournalTransaction() : (JournalTransaction)_transactions[i];
                r.Field(ref tx.TxNr, 4);
                r.Field(ref tx.ConnectorId, 1);
                tx.IdTag = r.Text(tx.IdTag);
                tx.ParentIdTag = r.Text(tx.ParentIdTag);
                tx.MeterStartWh = r.Int(tx.MeterStartWh, 8);
                tx.StartTime = r.Time(tx.StartTime);
                r.Field(ref tx.ReservationId, 4);
                r.Field(ref tx.StartSeq, 4);
                r.Field(ref tx.IdState, 1);
                r.Field(ref tx.TransactionId, 4);
                r.Field(ref tx.Flags, 4);
                tx.LastTime = r.Time(tx.LastTime);
                tx.LastEnergyWh = r.Int(tx.LastEnergyWh, 8);
                tx.Stopped = r.Int(tx.Stopped ? 1 : 0, 1) != 0;
                if (tx.Stopped)
                {
                    r.Field(ref tx.StopSeq, 4);
                    tx.StopIdTag = r.Text(tx.StopIdTag);
                    tx.MeterStopWh = r.Int(tx.MeterStopWh, 8);
                    tx.StopTime = r.Time(tx.StopTime);
                    r.Field(ref tx.StopReason, 1);
                }

                ArrayList data = tx.TransactionData;
                int values = data.Count;
                r.Field(ref values, 1);
                for (int k = 0; k < values; k++)
                {
                    MeterValue value = r.Meter(read ? null : (MeterValue)data[k]);
                    if (read)
                    {
                        data.Add(value);
                    }
                }

                if (read)
                {
                    tx.IdTag = tx.IdTag ?? "";
                    _transactions.Add(tx);
                }
            }
        }

        // What Open found of the state (reported before anything is written); below StateLost the state was loaded.
        private const int StateOk = 0;
        private const int MirrorCorrupt = 1;
        private const int StateFromMirror = 2;
        private const int StateLost = 3;
        private const int StateNew = 4;

        /// <summary>The empty journal in RAM (before loading, and what a lost state record starts again from).</summary>
        private void Reset()
        {
            IsFailed = false;
            _transactions.Clear();
            _anchors.Clear();
            SetHead(0);
            _tailSegment = 0;
            _tailBytes = 0;
            _chunkName = null;
            QueuedMeterValues = 0;
            _segmentBytes = 0;
            _nextAttemptMono = 0;
            Boot = 0;
            _nextSeq = 1;
            _nextTxNr = 1;
            _nextSegment = 1;
            _watermark = 0;
            _headSeq = 0;
            _headAttempts = 0;
            DroppedMeterValues = 0;
        }

        /// <summary>1 loaded, 0 no record, -1 the record fails its check (nothing is kept from it).</summary>
        /// <param name="apply">False: only check the record (the fields and lists are left as they are).</param>
        private int LoadStateRecord(string name, bool apply)
        {
            byte[] data = _storage.Read(name);
            if (data == null)
            {
                return 0;
            }

            Record r = Record.Sealed(data, StateMagic);
            if (r == null || data.Length < 9 || r.Int(0, 1) != StateVersion)
            {
                return -1;
            }

            if (!apply)
            {
                return 1;
            }

            try
            {
                State(r);
                _prefix = _prefix ?? "";
                _stateBytes = data.Length;
                return 1;
            }
            catch (ArgumentException)
            {
                _transactions.Clear();
                _anchors.Clear();
                return -1;
            }
        }

        /// <summary>
        /// The energy register (Energy.Active.Import.Register, no phase, Wh or kWh) of a meter value in whole Wh, or -1 when
        /// it has none: the journal keeps the highest one per transaction so that a power cut never takes the register back
        /// below a value already queued or reported.
        /// </summary>
        private static long EnergyOf(MeterValue value)
        {
            long highest = -1;
            SampledValue[] values = value.SampledValues;
            for (int i = 0; i < values.Length; i++)
            {
                SampledValue s = values[i];
                if (IsRegister(s.Measurand, s.Phase, s.Unit))
                {
                    byte[] text = System.Text.Encoding.UTF8.GetBytes(s.Value);
                    long wh = ParseWh(text, 0, text.Length, s.Unit);
                    highest = wh > highest ? wh : highest;
                }
            }

            return highest;
        }

        private static bool IsRegister(int measurand, int phase, int unit)
        {
            return (measurand == Measurand.EnergyActiveImportRegister || measurand == 0) && phase == Phase.None
                && (unit == UnitOfMeasure.Wh || unit == UnitOfMeasure.KWh || unit == UnitOfMeasure.None);
        }

        /// <summary>
        /// "123" or "1.5" (ASCII) in the unit to whole Wh, from UTF-8 bytes in place; -1 when it is not a
        /// plain decimal.
        /// </summary>
        private static long ParseWh(byte[] bytes, int at, int length, int unit)
        {
            // Thousandths of the unit: Wh / 1000 or kWh (thousandths of a kWh are Wh).
            long milli = 0;
            int fraction = -1;
            int digits = 0;
            for (int i = 0; i < length; i++)
            {
                int c = bytes[at + i];
                if (c == '.' && fraction < 0)
                {
                    fraction = 0;
                    continue;
                }

                if (c < '0' || c > '9' || digits >= 15)
                {
                    return -1;
                }

                digits++;
                if (fraction < 0)
                {
                    milli = milli * 10 + (c - '0');
                }
                else if (fraction < 3)
                {
                    fraction++;
                    milli = milli * 10 + (c - '0');
                }
            }

            if (digits == 0)
            {
                return -1;
            }

            for (int f = fraction < 0 ? 0 : fraction; f < 3; f++)
            {
                milli *= 10;
            }

            return unit == UnitOfMeasure.KWh ? milli : milli / 1000;
        }
    }
}
