using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>Builds journals over simulated flash for the journal tests.</summary>
    public static class JournalKit
    {
        public const long T0 = 1700000000000; // 2023-11-14T22:13:20Z

        public static TransactionJournal Open(SimulatedStorage storage, JournalLimits? limits = null)
        {
            var journal = new TransactionJournal(storage);
            if (limits != null)
            {
                limits.ApplyTo(journal);
            }

            journal.Open("cp1");
            return journal;
        }

        public static CaptureTime At(long utcMs)
        {
            return new CaptureTime(utcMs, 1, 0);
        }

        public static MeterValue Energy(long utcMs, long wh)
        {
            return Energy(new CaptureTime(utcMs, 1, 0), wh, ReadingContext.SamplePeriodic);
        }

        public static MeterValue Energy(CaptureTime time, long wh, int context)
        {
            return new MeterValue(time, new[] { new SampledValue(wh.ToString(), context, Measurand.EnergyActiveImportRegister, Phase.None, Location.Outlet, UnitOfMeasure.Wh) });
        }

        /// <summary>Short description of a message for order assertions: S1, M1:42, T1:42 (kind, txNr, transactionId).</summary>
        public static string Describe(JournalMessage m)
        {
            string tx = m.Transaction == null ? "?" : m.Transaction.TxNr.ToString();
            switch (m.Kind)
            {
                case JournalMessage.StartTransaction: return "S" + tx;
                case JournalMessage.MeterValues: return "M" + tx + ":" + m.TransactionId.ToString();
                default: return "T" + tx + ":" + m.TransactionId.ToString();
            }
        }
    }

    /// <summary>Capacity settings for a journal under test (the journal's own fields, set by <see cref="JournalKit.Open"/> before it opens).</summary>
    public sealed class JournalLimits
    {
        public int MaxTransactions = 100;
        public int MaxMeterValues = 10000;
        public int MaxBytes = 1024 * 1024;
        public int SegmentBytes = 8 * 1024;
        public int MaxTransactionData = 10;

        public void ApplyTo(TransactionJournal journal)
        {
            journal.MaxTransactions = MaxTransactions;
            journal.MaxMeterValues = MaxMeterValues;
            journal.MaxBytes = MaxBytes;
            journal.SegmentBytes = SegmentBytes;
            journal.MaxTransactionData = MaxTransactionData;
        }
    }
}
