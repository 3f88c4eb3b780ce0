using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// Fills the transaction journal as a long offline session would (one energy register value per MeterValues, about
    /// 55 bytes each), then cuts the power in the middle of the next append, leaving a torn record the reboot must cut off.
    /// </summary>
    public static class JournalFiller
    {
        /// <summary>Journals up to <paramref name="meterValues"/> values (0: until full) and cuts the power; returns how many were kept.</summary>
        public static int FillAndCut(BenchStorage storage, int meterValues)
        {
            var journal = new TransactionJournal(storage);
            journal.Open("txbench");
            long utcMs = 1795510800000; // 2026-11-24T09:00:00Z
            int txNr = journal.BeginTransaction(1, "TAG-1", null, 0, new CaptureTime(utcMs, journal.Boot, 1000), TransactionService.NoReservation, 0);
            int n = 0;
            while (meterValues == 0 || n < meterValues)
            {
                if (!journal.AddMeterValue(txNr, Value(utcMs, journal.Boot, n)))
                {
                    break; // full: further values are dropped and counted
                }

                n++;
            }

            storage.Inner.CutPowerAfterBytes(7);
            try
            {
                journal.AddMeterValue(txNr, Value(utcMs, journal.Boot, n));
            }
            catch (ChargePoint.Hal.Simulation.PowerCutException)
            {
                // The torn tail stays on "flash".
            }

            storage.Inner.PowerOn();
            return n;
        }

        private static MeterValue Value(long utcMs, int boot, int n)
        {
            long mono = 1000 + (n + 1) * 60000L;
            var sample = new SampledValue((n * 123).ToString(), ReadingContext.SamplePeriodic, Measurand.EnergyActiveImportRegister,
                Phase.None, Location.Outlet, UnitOfMeasure.Wh);
            return new MeterValue(new CaptureTime(utcMs + mono, boot, mono), new SampledValue[] { sample });
        }
    }
}
