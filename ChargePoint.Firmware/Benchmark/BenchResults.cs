namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// The figures of one run (bytes and microseconds; -1 where the runtime cannot measure it). Heap figures are the
    /// charger's own: the simulated board and the records the simulated flash holds in RAM are measured and subtracted.
    /// </summary>
    public sealed class BenchResults
    {
        public string Runtime = string.Empty;

        public bool Quick;

        /// <summary>Heap retained by the composition (Charger built on the simulated board).</summary>
        public long CompositionBytes;

        /// <summary>Heap retained once booted, connected and idle.</summary>
        public long IdleHeapBytes;

        /// <summary>Heap retained with a transaction running and meter values sent.</summary>
        public long SessionHeapBytes;

        /// <summary>The dual-connector board: heap retained online idle, and with both connectors charging.</summary>
        public long DualIdleHeapBytes;

        public long DualSessionHeapBytes;

        /// <summary>The simulated board (subtracted above; not on a real device).</summary>
        public long SimulatedBoardBytes;

        /// <summary>Free bytes (device only; -1 on the host): before composition, after it, online idle, in session.</summary>
        public long FreeBeforeBytes = -1;

        public long FreeAfterCompositionBytes = -1;

        /// <summary>The charger after composition, online idle and in a session by the nanoCLR heap model (host only; -1 on the device).</summary>
        public long ModelCompositionBytes = -1;

        public long ModelIdleBytes = -1;

        public long ModelSessionBytes = -1;

        public long FreeIdleBytes = -1;

        public long FreeSessionBytes = -1;

        /// <summary>Bytes allocated per main-loop tick (host, exact) or retained per tick (device: GC.Run always collects).</summary>
        public double IdleTickBytes;

        public double ChargingTickBytes;

        /// <summary>True when the tick figures are allocations (host); false when they are retained growth (device).</summary>
        public bool TickBytesAreAllocations;

        public double IdleTickMicros;

        public double ChargingTickMicros;

        /// <summary>MeterValues.req the charger sent during the charging ticks.</summary>
        public int ChargingMeterValues;

        public CryptoFigure Crypto = new CryptoFigure();

        public CodecFigure OursBootParse = new CodecFigure();

        public CodecFigure PeerBootParse = new CodecFigure();

        public CodecFigure OursBootSerialize = new CodecFigure();

        public CodecFigure PeerBootSerialize = new CodecFigure();

        public CodecFigure OursMeterValuesParse = new CodecFigure();

        public CodecFigure PeerMeterValuesParse = new CodecFigure();

        public CodecFigure OursMeterValuesSerialize = new CodecFigure();

        public CodecFigure PeerMeterValuesSerialize = new CodecFigure();

        /// <summary>Worst tick: journal write + 16 KB incoming frame + GC in one tick.</summary>
        public double WorstTickMicros;

        public long WorstTickAllocatedBytes = -1;

        public int WorstTickFrameChars;

        public bool WorstTickHadJournalWrite;

        /// <summary>Journal recovery after a power cut: meter values journaled, their storage bytes, reboot times.</summary>
        public int JournalMeterValues;

        public long JournalStorageBytes;

        public double EmptyRebootMicros;

        public double JournalRebootMicros;

        /// <summary>Extra heap the recovered journal keeps after the reboot (head segment entries and index).</summary>
        public long JournalHeapBytes;
    }
}
