// TransactionJournal: the head message and its meter segment, read frame by frame through the read window.
using System;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    public sealed partial class TransactionJournal
    {
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
    }
}
