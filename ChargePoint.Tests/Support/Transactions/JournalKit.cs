using ChargePoint.Firmware.App;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Model.Metering;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>Builds journals over simulated flash for the journal tests.</summary>
    public static class JournalKit
    {
        public const long T0 = 1700000000000; // 2023-11-14T22:13:20Z

        public static TransactionJournal Open(SimulatedStorage storage, JournalLimits? limits = null)
        {
            var journal = new TransactionJournal(storage, limits ?? new JournalLimits());
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
}
