// TransactionJournal: recovery at boot (Open: the state record or its mirror, the segments scanned and torn tails cut) and the empty journal it starts from.
using System;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    public sealed partial class TransactionJournal
    {
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
    }
}
