using System.Collections;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// One transaction as the journal knows it, from BeginTransaction until its StopTransaction is delivered.
    /// Identified locally by TxNr; the CSMS transactionId is filled in by StartTransaction.conf.
    /// Only the journal creates and changes it (every field is set by BeginTransaction or read from the state record);
    /// others read it.
    /// </summary>
    public sealed class JournalTransaction
    {
        // IdState: whether the CSMS transactionId is known yet. Pending: StartTransaction not confirmed yet (dependent
        // messages wait behind it); Known: StartTransaction.conf arrived with the id; Dropped: StartTransaction was dropped
        // after its attempts, later messages carry -1 (Errata 3.18).
        public const int IdPending = 0;
        public const int IdKnown = 1;
        public const int IdDropped = 2;

        // Flags the transaction service persists with the transaction: StartTransaction.conf was not Accepted and
        // StopTransactionOnInvalidId is false (energy suspended); started by RemoteStartTransaction.
        public const int InvalidIdSuspended = 1;
        public const int RemoteStarted = 2;

        /// <summary>The <see cref="MeterValue"/>s of the StopTransaction's transactionData (changed only by the journal).</summary>
        public readonly ArrayList TransactionData = new ArrayList();

        public int TxNr;

        public int ConnectorId;

        public string IdTag;

        /// <summary>parentIdTag of IdTag when known (groups cards for stopping, TC_069); null otherwise.</summary>
        public string ParentIdTag;

        public long MeterStartWh;

        public CaptureTime StartTime;

        /// <summary>Reservation id, or -1 when none.</summary>
        public int ReservationId;

        public int StartSeq;

        /// <summary>See IdPending, IdKnown or IdDropped.</summary>
        public int IdState;

        /// <summary>The CSMS transactionId when IdState is Known; -1 when Dropped.</summary>
        public int TransactionId;

        /// <summary>Service flags persisted with the transaction (InvalidIdSuspended, RemoteStarted).</summary>
        public int Flags;

        public bool Stopped;

        public int StopSeq;

        public string StopIdTag;

        public long MeterStopWh;

        /// <summary>Set once Stopped.</summary>
        public CaptureTime StopTime;

        public int StopReason;

        /// <summary>Latest capture time journalled for this transaction (start, samples): the PowerLoss stop uses it.</summary>
        public CaptureTime LastTime;

        /// <summary>
        /// Highest energy register journalled for this transaction (start, samples, transactionData, stop), in whole Wh.
        /// Samples still in a segment are folded in when the journal is opened; delivered ones when they are confirmed.
        /// </summary>
        public long LastEnergyWh;

        internal void NoteEnergy(long wh)
        {
            if (wh > LastEnergyWh)
            {
                LastEnergyWh = wh;
            }
        }

        internal void AddTransactionData(MeterValue value, int cap)
        {
            if (cap < 2)
            {
                cap = 2;
            }

            if (TransactionData.Count >= cap)
            {
                // Errata 3.14: drop intermediate values, alternating; the first value is never dropped
                // and the newest is appended right after, so Begin and End both survive.
                for (int i = TransactionData.Count - 1; i >= 1; i--)
                {
                    if (i % 2 == 1)
                    {
                        TransactionData.RemoveAt(i);
                    }
                }
            }

            TransactionData.Add(value);
        }
    }
}
