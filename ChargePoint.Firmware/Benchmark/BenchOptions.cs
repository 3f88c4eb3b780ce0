namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// How long each section runs. Short mode (host: --quick, CI; device: the default) keeps the ratios meaningful and the
    /// run short; the full mode gives steadier times and recovers a completely full journal.
    /// </summary>
    public sealed class BenchOptions
    {
        /// <summary>Short mode.</summary>
        public bool Quick;

        /// <summary>Main-loop ticks (25 ms of simulated time each) averaged for the idle and charging figures.</summary>
        public int IdleTicks;

        public int ChargingTicks;

        /// <summary>Operations per codec figure (time and allocation are averaged over them).</summary>
        public int CodecIterations;

        /// <summary>Key generations, signatures and verifications each (P-256).</summary>
        public int CryptoIterations = 1;

        /// <summary>Results kept alive at once to measure the retained bytes of one operation.</summary>
        public int RetainedCopies;

        /// <summary>Meter values journaled before the power cut; 0 = until the journal is full (its default limits).</summary>
        public int JournalMeterValues;

        /// <summary>
        /// Compositions built and kept alive together for the composition figure (their mean): other threads of a test
        /// host make a single GetTotalMemory delta noisy by a few KB. 1 on the device (one charger fits).
        /// </summary>
        public int CompositionCopies = 1;

        /// <summary>Worst-tick repetitions (after one warm-up); the maximum is reported.</summary>
        public int WorstTickRepeats;

        /// <summary>The host: short (CI) or full.</summary>
        public static BenchOptions Host(bool quick)
        {
            var o = new BenchOptions();
            o.Quick = quick;
            o.IdleTicks = quick ? 800 : 8000;
            o.ChargingTicks = quick ? 1600 : 16000;
            o.CodecIterations = quick ? 2000 : 50000;
            o.CryptoIterations = quick ? 5 : 50;
            o.RetainedCopies = quick ? 50 : 200;
            o.JournalMeterValues = quick ? 1000 : 0;
            o.WorstTickRepeats = quick ? 2 : 5;
            o.CompositionCopies = 8;
            return o;
        }

        /// <summary>
        /// The device (interpreted, ~100 KB heap): the journal lives in RAM here (simulated flash), so it holds a few
        /// segments, not the 1 MiB a full one takes on flash; recovery time scales with the segments read.
        /// </summary>
        public static BenchOptions Device(bool quick)
        {
            var o = new BenchOptions();
            o.Quick = quick;
            o.IdleTicks = quick ? 80 : 400;
            o.ChargingTicks = quick ? 400 : 1600;
            o.CodecIterations = quick ? 10 : 50;
            o.RetainedCopies = quick ? 4 : 8;
            o.JournalMeterValues = quick ? 150 : 400;
            o.WorstTickRepeats = quick ? 1 : 3;
            return o;
        }
    }
}
