using System;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// The charger under measurement: the firmware's composition root on the simulated board, connected through an
    /// in-memory transport to <see cref="BenchCentralSystem"/>. One <see cref="Tick"/> is one main-loop pass
    /// (<see cref="Charger.TickMs"/> of simulated time). Building it twice on the same storage is a reboot.
    /// </summary>
    public sealed class BenchWorld
    {
        public static readonly DateTime StartUtc = new DateTime(2026, 11, 24, 9, 0, 0);

        public BenchWorld(BenchStorage storage, InMemoryTransport transport)
        {
            Storage = storage;
            Transport = transport;
            Console = new SilentConsole();
        }

        public BenchStorage Storage { get; }

        public InMemoryTransport Transport { get; }

        public SilentConsole Console { get; }

        public Simulation? Sim { get; private set; }

        public Charger Charger
        {
            get { return Sim!.Charger; }
        }

        /// <summary>Storage with the settings of an online charger (Central System URL and identity), as after commissioning.</summary>
        public static BenchStorage NewStorage()
        {
            return NewStorage(BoardCatalog.Default);
        }

        public static BenchStorage NewStorage(string board)
        {
            var storage = new BenchStorage();
            string? error = ChargePoint.Firmware.Simulator.SimulatorSetup.SetAll(new SettingsStore(storage, BoardCatalog.Ids()),
                new string[] { "CentralSystemUrl", "ChargePointId", "Board" }, new string[] { "ws://cs.bench/ocpp", "CP_BENCH", board });
            if (error != null)
            {
                throw new InvalidOperationException("settings: " + error);
            }

            return storage;
        }

        /// <summary>Powers up: the composition (Charger built from the stored settings on the simulated board).</summary>
        public void Start()
        {
            InMemoryTransport transport = Transport;
            Sim = new Simulation(Storage, Console, () => transport, new XorShiftRandom(7), StartUtc);
            Sim.Start();
        }

        public void Tick()
        {
            Sim!.Advance(Charger.TickMs);
        }

        public void Run(long ms)
        {
            for (long t = 0; t < ms; t += Charger.TickMs)
            {
                Tick();
            }
        }
    }
}
