// TransactionJournal: the state record (written with its mirror, read and checked in one routine).
using System;
using System.Collections;

namespace ChargePoint.Ocpp.Model.Transactions
{
    public sealed partial class TransactionJournal
    {
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
    }
}
