// TransactionJournal: appends (a transaction's Start, meter values, transactionData, Stop), the lookups of transactions, and the energy register kept per transaction.
using System;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    public sealed partial class TransactionJournal
    {
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
