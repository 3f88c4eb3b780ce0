using ChargePoint.Ocpp.CentralSystem;
using System;
using ChargePoint.Firmware.App;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// One benchmark run, the same code on the device and on the host; only the probes differ (<see cref="IMemoryProbe"/>,
    /// <see cref="IBenchTimer"/>, <see cref="IPeerCodec"/>). Sections: the charger's heap (composition, online idle, in
    /// session), allocation and time per main-loop tick (idle, charging), the worst tick, the codec against the peer,
    /// and the reboot after a power cut with a full journal. Fills <see cref="Results"/> and <see cref="Table"/>.
    /// </summary>
    public sealed class BenchmarkRun
    {
        /// <summary>MeterValueSampleInterval during the session (seconds) and the ticks between two samples.</summary>
        public const int SampleIntervalSeconds = 10;

        private const int SampleTicks = SampleIntervalSeconds * 1000 / Charger.TickMs;

        private readonly IMemoryProbe _memory;
        private readonly IBenchTimer _timer;
        private readonly IPeerCodec _peer;
        private readonly BenchOptions _options;

        public BenchmarkRun(IMemoryProbe memory, IBenchTimer timer, IPeerCodec peer, BenchOptions options)
        {
            _memory = memory;
            _timer = timer;
            _peer = peer;
            _options = options;
        }

        public BenchResults Results { get; } = new BenchResults();

        public BenchTable Table { get; } = new BenchTable();

        public BenchResults Run()
        {
            Results.Runtime = _memory.Name;
            Results.Quick = _options.Quick;
            Results.TickBytesAreAllocations = _memory.AllocatedBytes() >= 0;
            Table.Title = "Charger benchmark (" + _memory.Name + ", " + (_options.Quick ? "short" : "full") + " mode; peer: " + _peer.Name + ")";
            MeasureCharger();
            MeasureTwoConnectors();
            MeasureCodec();
            MeasureCrypto();
            MeasureJournalRecovery();
            MeasureModel();
            return Results;
        }

        /// <summary>
        /// The charger's heap by the nanoCLR layout model (host only), on a world of its own and last: the reflection walk
        /// leaves caches on the heap that the measured figures must not see.
        /// </summary>
        private void MeasureModel()
        {
            if (_memory.ModelBytes(_options) < 0)
            {
                return; // the device has no model: it measures
            }

            var transport = new InMemoryTransport();
            var cs = new BenchCentralSystem(transport, _memory);
            cs.AcceptEverything();
            var world = new BenchWorld(BenchWorld.NewStorage(), transport);
            world.Start();
            Results.ModelCompositionBytes = _memory.ModelBytes(world.Charger);
            world.Run(10000); // booted, connected, idle (as the measured figure)
            Results.ModelIdleBytes = _memory.ModelBytes(world.Charger);
            StartSession(world, cs);
            Results.ModelSessionBytes = _memory.ModelBytes(world.Charger);
            world.Charger.Shutdown();

            const string Model = "B (nanoCLR model)";
            Table.Add("Model: heap after composition", Figures.Bytes(Results.ModelCompositionBytes), Model,
                "the same charger at the interpreter's layout: a 12-byte block per object, field and reference slot");
            Table.Add("Model: heap online idle", Figures.Bytes(Results.ModelIdleBytes), Model, "NanoHeapModel (host reflection walk)");
            Table.Add("Model: heap during a session", Figures.Bytes(Results.ModelSessionBytes), Model, "simulated hardware not walked");
        }

        // ---- heap, ticks, worst tick ----

        private void MeasureCharger()
        {
            long board = SimulatedBoardBytes(_options.CompositionCopies);
            Results.SimulatedBoardBytes = board;
            if (_options.CompositionCopies > 1)
            {
                Results.CompositionBytes = MeanCompositionBytes(_options.CompositionCopies, board);
            }

            BenchStorage storage = BenchWorld.NewStorage();
            var transport = new InMemoryTransport();
            var cs = new BenchCentralSystem(transport, _memory);
            cs.AcceptEverything();
            var world = new BenchWorld(storage, transport);
            long stored0 = storage.StoredBytes();
            long free;
            long used0 = Used(out free);
            Results.FreeBeforeBytes = free;

            world.Start();
            long single = Used(out free) - used0 - (storage.StoredBytes() - stored0) - board;
            Results.FreeAfterCompositionBytes = free;
            if (_options.CompositionCopies <= 1)
            {
                Results.CompositionBytes = single;
            }

            for (int i = 0; i < 400 && !world.Charger.Ocpp.IsAccepted; i++)
            {
                world.Tick();
            }

            if (!world.Charger.Ocpp.IsAccepted)
            {
                throw new InvalidOperationException("the charger did not boot against the in-memory Central System");
            }

            world.Run(5000); // StatusNotification, SecurityEventNotification, settle
            Results.IdleHeapBytes = Used(out free) - used0 - (storage.StoredBytes() - stored0) - board;
            Results.FreeIdleBytes = free;

            world.Run(5000); // warm-up (host: JIT)
            double bytes, micros;
            MeasureTicks(world, cs, _options.IdleTicks, out bytes, out micros);
            Results.IdleTickBytes = bytes;
            Results.IdleTickMicros = micros;

            StartSession(world, cs);
            Results.SessionHeapBytes = Used(out free) - used0 - (storage.StoredBytes() - stored0) - board;
            Results.FreeSessionBytes = free;

            int meterValues = cs.MeterValues;
            MeasureTicks(world, cs, _options.ChargingTicks, out bytes, out micros);
            Results.ChargingTickBytes = bytes;
            Results.ChargingTickMicros = micros;
            Results.ChargingMeterValues = cs.MeterValues - meterValues;

            MeasureWorstTick(world, storage, cs);
            world.Charger.Shutdown();

            string how = _memory.LiveBytes() >= 0 ? "GC.GetTotalMemory(true) delta" : "GC.Run(true) free-bytes delta";
            string excl = "; excl. simulated board " + Figures.Bytes(board) + " B and simulated-flash records";
            string copies = _options.CompositionCopies > 1 ? "mean of " + _options.CompositionCopies + " compositions kept at once; " : string.Empty;
            Table.Add("Heap after composition", Figures.Bytes(Results.CompositionBytes), "B retained",
                copies + how + excl + FreeNote(Results.FreeBeforeBytes, Results.FreeAfterCompositionBytes));
            Table.Add("Heap online idle", Figures.Bytes(Results.IdleHeapBytes), "B retained",
                "booted, connected, 5 s idle" + FreeNote(Results.FreeBeforeBytes, Results.FreeIdleBytes));
            Table.Add("Heap during a session", Figures.Bytes(Results.SessionHeapBytes), "B retained",
                "transaction running, MeterValues every " + SampleIntervalSeconds + " s" + FreeNote(Results.FreeBeforeBytes, Results.FreeSessionBytes));
            string perTick = Results.TickBytesAreAllocations ? "B allocated/tick" : "B retained/tick";
            string tickNote = Results.TickBytesAreAllocations ? "GC.GetAllocatedBytesForCurrentThread, harness subtracted"
                : "retained growth: GC.Run always collects, so the device cannot count allocations";
            Table.Add("Idle tick: memory", Figures.Mean(Results.IdleTickBytes), perTick, _options.IdleTicks + " ticks; " + tickNote);
            Table.Add("Idle tick: time", Figures.Micros(Results.IdleTickMicros), "us/tick", "mean of " + _options.IdleTicks + " ticks");
            Table.Add("Charging tick: memory", Figures.Mean(Results.ChargingTickBytes), perTick,
                _options.ChargingTicks + " ticks incl. " + Results.ChargingMeterValues + " MeterValues.req sent and confirmed");
            Table.Add("Charging tick: time", Figures.Micros(Results.ChargingTickMicros), "us/tick", "mean of " + _options.ChargingTicks + " ticks");
            Table.Add("Worst tick: time", Figures.Micros(Results.WorstTickMicros), "us",
                "journal write " + (Results.WorstTickHadJournalWrite ? "yes" : "NO") + " + " + Figures.Bytes(Results.WorstTickFrameChars)
                + "-char SendLocalList (107 entries, persisted) + GC, one tick; max of " + _options.WorstTickRepeats);
            Table.Add("Worst tick: memory", Figures.Bytes(Results.WorstTickAllocatedBytes), "B allocated", "same tick (incl. the 16 KB frame's parse)");
        }

        /// <summary>
        /// The dual-connector board: heap online idle and with both connectors charging, sharing a 32 A site limit
        /// (16 A each). The same subtractions as the one-connector figures (its simulated board, flash records).
        /// </summary>
        private void MeasureTwoConnectors()
        {
            long board = SimulatedBoardBytes(_options.CompositionCopies, BoardCatalog.Esp32S3Dual);
            BenchStorage storage = BenchWorld.NewStorage(BoardCatalog.Esp32S3Dual);
            var transport = new InMemoryTransport();
            var cs = new BenchCentralSystem(transport, _memory);
            cs.AcceptEverything();
            var world = new BenchWorld(storage, transport);
            long stored0 = storage.StoredBytes();
            long free;
            long used0 = Used(out free);
            world.Start();
            for (int i = 0; i < 400 && !world.Charger.Ocpp.IsAccepted; i++)
            {
                world.Tick();
            }

            world.Run(5000);
            Results.DualIdleHeapBytes = Used(out free) - used0 - (storage.StoredBytes() - stored0) - board;
            world.Charger.Settings.Set("SiteLimit", "32");
            StartSession(world, cs);
            StartSession(world, cs, 2);
            if (world.Charger.Sharing.OfferedA(0) != 16 || world.Charger.Sharing.OfferedA(1) != 16)
            {
                throw new InvalidOperationException("the two sessions do not share 32 A: " + world.Charger.StatusLine());
            }

            Results.DualSessionHeapBytes = Used(out free) - used0 - (storage.StoredBytes() - stored0) - board;
            world.Charger.Shutdown();
            Table.Add("Two connectors: heap online idle", Figures.Bytes(Results.DualIdleHeapBytes), "B retained",
                "dual board, booted, connected, 5 s idle; excl. its simulated board " + Figures.Bytes(board) + " B");
            Table.Add("Two connectors: heap, both charging", Figures.Bytes(Results.DualSessionHeapBytes), "B retained",
                "two transactions sharing a 32 A site limit (16 A each), MeterValues every " + SampleIntervalSeconds + " s");
        }

        private void StartSession(BenchWorld world, BenchCentralSystem cs)
        {
            StartSession(world, cs, 1);
        }

        private void StartSession(BenchWorld world, BenchCentralSystem cs, int connector)
        {
            cs.Send("[2,\"bench-1\",\"ChangeConfiguration\",{\"key\":\"MeterValueSampleInterval\",\"value\":\"" + SampleIntervalSeconds + "\"}]");
            cs.Send("[2,\"bench-2\",\"ChangeConfiguration\",{\"key\":\"MeterValuesSampledData\",\"value\":"
                + "\"Energy.Active.Import.Register,Power.Active.Import,Voltage,Current.Import,Current.Offered\"}]");
            world.Run(500);
            SimulatedBoard ev = world.Sim!.World.Connector(connector);
            ev.Plug(32);
            world.Run(1000);
            string? refused = world.Charger.PresentCard(connector, "TAG-" + connector);
            if (refused != null)
            {
                throw new InvalidOperationException("card refused: " + refused);
            }

            world.Run(1000);
            ev.EvRequestCharge();
            world.Run(4000);
            if (!world.Charger.Ocpp.Connectors[connector].TransactionRunning || !ev.Relay.ContactsClosed)
            {
                throw new InvalidOperationException("no charging session: " + world.Charger.StatusLine());
            }

            world.Run(SampleIntervalSeconds * 1000 + 2000); // at least one MeterValues.req sent and confirmed
        }

        /// <summary>Host: bytes allocated per tick (exact, harness subtracted). Device: retained growth per tick.</summary>
        private void MeasureTicks(BenchWorld world, BenchCentralSystem cs, int ticks, out double bytesPerTick, out double microsPerTick)
        {
            long free;
            long used0 = Results.TickBytesAreAllocations ? 0 : Used(out free);
            long harness0 = cs.HarnessBytes;
            long allocated0 = _memory.AllocatedBytes();
            long t0 = _timer.Ticks();
            for (int i = 0; i < ticks; i++)
            {
                world.Tick();
            }

            long t1 = _timer.Ticks();
            long allocated1 = _memory.AllocatedBytes();
            microsPerTick = (t1 - t0) / 10.0 / ticks;
            bytesPerTick = Results.TickBytesAreAllocations
                ? (allocated1 - allocated0 - (cs.HarnessBytes - harness0)) / (double)ticks
                : (Used(out free) - used0) / (double)ticks;
        }

        /// <summary>
        /// The tick in which a periodic sample is journaled, with a maximal incoming frame already in the inbox and a
        /// collection run first. Aligned on the sample period (one sample every <see cref="SampleTicks"/> ticks).
        /// </summary>
        private void MeasureWorstTick(BenchWorld world, BenchStorage storage, BenchCentralSystem cs)
        {
            Results.WorstTickMicros = 0;
            Results.WorstTickHadJournalWrite = true;
            for (int rep = 0; rep <= _options.WorstTickRepeats; rep++)
            {
                int appends = storage.Appends;
                for (int i = 0; i <= SampleTicks && storage.Appends == appends; i++)
                {
                    world.Tick();
                }

                for (int i = 0; i < SampleTicks - 1; i++)
                {
                    world.Tick();
                }

                string frame = LargeFrame.SendLocalList("worst-" + rep, 100 + rep);
                Results.WorstTickFrameChars = frame.Length;
                cs.Send(frame);
                appends = storage.Appends;
                long harness0 = cs.HarnessBytes;
                long allocated0 = _memory.AllocatedBytes();
                long t0 = _timer.Ticks();
                _memory.Collect();
                world.Tick();
                long t1 = _timer.Ticks();
                long allocated1 = _memory.AllocatedBytes();
                if (rep == 0 && _options.WorstTickRepeats > 0)
                {
                    continue; // warm-up (host: JIT of the SendLocalList path)
                }

                double micros = (t1 - t0) / 10.0;
                if (micros > Results.WorstTickMicros)
                {
                    Results.WorstTickMicros = micros;
                    Results.WorstTickAllocatedBytes = allocated0 < 0 ? -1 : allocated1 - allocated0 - (cs.HarnessBytes - harness0);
                }

                Results.WorstTickHadJournalWrite &= storage.Appends > appends;
            }
        }

        /// <summary>What the simulated board alone keeps (it is part of the world, not of the charger): mean of <paramref name="copies"/>.</summary>
        private long SimulatedBoardBytes(int copies)
        {
            return SimulatedBoardBytes(copies, BoardCatalog.Default);
        }

        private long SimulatedBoardBytes(int copies, string boardId)
        {
            var boards = new SimulatedBoard[copies];
            long free;
            long used0 = Used(out free);
            for (int i = 0; i < copies; i++)
            {
                boards[i] = new SimulatedBoard(new SimulatedStorage(), new SimulatedClock(BenchWorld.StartUtc), boardId, 1);
            }

            long used1 = Used(out free);
            return boards[copies - 1].StepMs > 0 ? (used1 - used0) / copies : 0; // the read keeps the boards alive up to here
        }

        /// <summary>Heap one composition keeps, as the mean of <paramref name="copies"/> built on fresh storages and kept alive together.</summary>
        private long MeanCompositionBytes(int copies, long board)
        {
            var worlds = new BenchWorld[copies];
            long stored0 = 0;
            for (int i = 0; i < copies; i++)
            {
                worlds[i] = new BenchWorld(BenchWorld.NewStorage(), new InMemoryTransport());
                stored0 += worlds[i].Storage.StoredBytes();
            }

            long free;
            long used0 = Used(out free);
            for (int i = 0; i < copies; i++)
            {
                worlds[i].Start();
            }

            long used1 = Used(out free);
            long stored1 = 0;
            for (int i = 0; i < copies; i++)
            {
                stored1 += worlds[i].Storage.StoredBytes();
            }

            return (used1 - used0 - (stored1 - stored0)) / copies - board;
        }

        // ---- codec ----

        private void MeasureCodec()
        {
            var reader = new JsonReader();
            reader.Vocabulary = CentralSystemVocabulary.Create();
            var writer = new JsonWriter();
            IPeerCodec peer = _peer;

            BenchOp oursBootParse = () =>
            {
                reader.Reset(CodecPayloads.BootNotification);
                return CentralSystemParser.ParseBootNotification(reader);
            };
            var boot = (BootNotificationRequest)oursBootParse();
            BenchOp oursBootSerialize = () =>
            {
                writer.Reset();
                boot.WriteTo(writer);
                return writer.ToString();
            };
            BenchOp oursMvParse = () =>
            {
                reader.Reset(CodecPayloads.MeterValues);
                return CentralSystemParser.ParseMeterValues(reader);
            };
            var meterValues = (ReceivedMeterValues)oursMvParse();
            BenchOp oursMvSerialize = () =>
            {
                writer.Reset();
                meterValues.WriteTo(writer);
                return writer.ToString();
            };
            Expect("BootNotification", CodecPayloads.BootNotification, (string)oursBootSerialize());
            Expect("MeterValues", CodecPayloads.MeterValues, (string)oursMvSerialize());

            BenchOp peerBootParse = () => peer.ParseBootNotification(CodecPayloads.BootNotification);
            PeerBootNotification peerBoot = peer.ParseBootNotification(CodecPayloads.BootNotification);
            BenchOp peerBootSerialize = () => peer.Serialize(peerBoot);
            BenchOp peerMvParse = () => peer.ParseMeterValues(CodecPayloads.MeterValues);
            PeerMeterValues peerMv = peer.ParseMeterValues(CodecPayloads.MeterValues);
            if (peerBoot.chargePointVendor != "OpenEVSE" || peerMv.meterValue == null || peerMv.meterValue[0].sampledValue!.Length != 10)
            {
                throw new InvalidOperationException(peer.Name + " did not parse the payloads");
            }

            BenchOp peerMvSerialize = () => peer.Serialize(peerMv);

            Measure(oursBootParse, Results.OursBootParse);
            Measure(peerBootParse, Results.PeerBootParse);
            Measure(oursBootSerialize, Results.OursBootSerialize);
            Measure(peerBootSerialize, Results.PeerBootSerialize);
            Measure(oursMvParse, Results.OursMeterValuesParse);
            Measure(peerMvParse, Results.PeerMeterValuesParse);
            Measure(oursMvSerialize, Results.OursMeterValuesSerialize);
            Measure(peerMvSerialize, Results.PeerMeterValuesSerialize);

            CodecRows("BootNotification.req parse", Results.OursBootParse, Results.PeerBootParse, CodecPayloads.BootNotification.Length);
            CodecRows("BootNotification.req serialize", Results.OursBootSerialize, Results.PeerBootSerialize, CodecPayloads.BootNotification.Length);
            CodecRows("MeterValues.req parse", Results.OursMeterValuesParse, Results.PeerMeterValuesParse, CodecPayloads.MeterValues.Length);
            CodecRows("MeterValues.req serialize", Results.OursMeterValuesSerialize, Results.PeerMeterValuesSerialize, CodecPayloads.MeterValues.Length);
        }

        private void MeasureCrypto()
        {
            CryptoFigure c = CryptoBench.Measure(_timer, _options.CryptoIterations);
            Results.Crypto = c;
            string mean = "mean of " + c.Iterations;
            Table.Add("P-256 key generation", Figures.Micros(c.KeyGenerationMicros), "us/op", mean + " (SignCertificate)");
            Table.Add("ECDSA P-256 sign", Figures.Micros(c.SignMicros), "us/op", mean + "; " + c.SignFieldMultiplications + " field multiplications");
            Table.Add("ECDSA P-256 verify", Figures.Micros(c.VerifyMicros), "us/op", mean + "; " + c.VerifyFieldMultiplications +
                " field multiplications (CertificateSigned, SignedUpdateFirmware)");
        }

        private void CodecRows(string what, CodecFigure ours, CodecFigure peer, int chars)
        {
            Table.Add(what + ": time", Figures.Micros(ours.Micros), Figures.Micros(peer.Micros), Figures.Ratio(peer.Micros, ours.Micros),
                "us/op", chars + "-char payload, mean of " + _options.CodecIterations);
            Table.Add(what + ": allocated", Figures.Mean(ours.AllocatedBytes), Figures.Mean(peer.AllocatedBytes),
                Figures.Ratio(peer.AllocatedBytes, ours.AllocatedBytes), "B/op", ours.AllocatedBytes < 0 ? "not countable on the device" : "all garbage included");
            Table.Add(what + ": retained", Figures.Mean(ours.RetainedBytes), Figures.Mean(peer.RetainedBytes),
                Figures.Ratio(peer.RetainedBytes, ours.RetainedBytes), "B/result", "what the result keeps (" + _options.RetainedCopies + " kept at once)");
        }

        private void Measure(BenchOp op, CodecFigure figure)
        {
            int n = _options.CodecIterations;
            object? last = null;
            for (int i = 0; i < n / 10 + 1; i++)
            {
                last = op();
            }

            long allocated0 = _memory.AllocatedBytes();
            long t0 = _timer.Ticks();
            for (int i = 0; i < n; i++)
            {
                last = op();
            }

            long t1 = _timer.Ticks();
            long allocated1 = _memory.AllocatedBytes();
            figure.Micros = (t1 - t0) / 10.0 / n;
            figure.AllocatedBytes = allocated0 < 0 ? -1 : (allocated1 - allocated0) / (double)n;

            var keep = new object[_options.RetainedCopies];
            last = null;
            long free;
            long used0 = Used(out free);
            for (int i = 0; i < keep.Length; i++)
            {
                keep[i] = op();
            }

            long used1 = Used(out free);
            figure.RetainedBytes = keep[keep.Length - 1] == null ? 0 : (used1 - used0) / (double)keep.Length;
        }

        private static void Expect(string what, string expected, string actual)
        {
            if (expected != actual)
            {
                throw new InvalidOperationException(what + ": our codec did not write the payload back byte for byte");
            }
        }

        // ---- journal recovery ----

        private void MeasureJournalRecovery()
        {
            long free;
            BenchStorage? empty = BenchWorld.NewStorage();
            new BenchWorld(empty, new InMemoryTransport()).Start(); // first boot creates the records
            long stored0 = empty.StoredBytes();
            long used0 = Used(out free);
            long t0 = _timer.Ticks();
            BenchWorld? rebooted = new BenchWorld(empty, new InMemoryTransport());
            rebooted.Start();
            long t1 = _timer.Ticks();
            long emptyHeap = Used(out free) - used0 - (empty.StoredBytes() - stored0);
            Results.EmptyRebootMicros = (t1 - t0) / 10.0;
            rebooted = null;
            empty = null;

            BenchStorage full = BenchWorld.NewStorage();
            Results.JournalMeterValues = JournalFiller.FillAndCut(full, _options.JournalMeterValues);
            Results.JournalStorageBytes = full.StoredBytes();
            used0 = Used(out free);
            t0 = _timer.Ticks();
            rebooted = new BenchWorld(full, new InMemoryTransport());
            rebooted.Start();
            t1 = _timer.Ticks();
            long fullHeap = Used(out free) - used0 - (full.StoredBytes() - Results.JournalStorageBytes);
            Results.JournalRebootMicros = (t1 - t0) / 10.0;
            Results.JournalHeapBytes = rebooted.Sim == null ? 0 : fullHeap - emptyHeap;

            Table.Add("Reboot, empty journal", Figures.Micros(Results.EmptyRebootMicros / 1000.0), "ms", "composition on the same storage, no journal to recover");
            Table.Add("Reboot after a power cut, journal " + Figures.Bytes(Results.JournalMeterValues) + " MV",
                Figures.Micros(Results.JournalRebootMicros / 1000.0), "ms",
                Figures.Kb(Results.JournalStorageBytes) + " KB on flash, torn last record; "
                + (_options.JournalMeterValues == 0 ? "journal full (the journal's default limits)" : "partial fill (full: 10,000 MV, ~540 KB)"));
            Table.Add("Recovered journal: extra heap", Figures.Bytes(Results.JournalHeapBytes), "B retained", "vs. the empty-journal reboot (head segment entries)");
        }

        // ---- probes ----

        /// <summary>Bytes in use after a full collection: live bytes on the host, minus the free bytes on the device (deltas agree).</summary>
        private long Used(out long free)
        {
            long live = _memory.LiveBytes();
            if (live >= 0)
            {
                free = -1;
                return live;
            }

            free = _memory.FreeBytes();
            return -free;
        }

        private static string FreeNote(long before, long after)
        {
            return before < 0 ? string.Empty : "; free " + Figures.Bytes(before) + " -> " + Figures.Bytes(after) + " B";
        }
    }
}
