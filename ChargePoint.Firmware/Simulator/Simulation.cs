using System;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Platform;
using IRandom = ChargePoint.Ocpp.Platform.IRandom;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>
    /// The firmware on a simulated board: the world (EV, relay, RCD, meter IC, clock) persists across firmware
    /// reboots, the <see cref="Charger"/> is rebuilt on the same storage. Time moves only through <see cref="Advance"/>;
    /// the host maps real time onto it (times <see cref="Speed"/>), tests call it directly.
    /// </summary>
    public delegate void SimulationHandler(Simulation simulation);

    /// <summary>Creates the charger's transport (a new one per boot with a Central System URL).</summary>
    public delegate ChargePoint.Ocpp.Rpc.IOcppTransport TransportFactory();

    public sealed class Simulation : IPlatformHooks
    {
        private readonly IStorage _storage;
        private readonly IConsoleIo _console;
        private readonly TransportFactory _transport;
        private readonly IRandom _random;
        private readonly SimulatedClock _clock;
        private SimulatedBoard? _world;
        private Charger? _charger;
        private ChargePoint.Ocpp.Rpc.IOcppTransport? _link;

        public Simulation(IStorage storage, IConsoleIo console, TransportFactory transport, IRandom random, DateTime utcAtStart)
        {
            _storage = storage;
            _console = console;
            _transport = transport;
            _random = random;
            _clock = new SimulatedClock(utcAtStart);
            FirmwareUpdater = new SimulatedFirmwareUpdater();
            FirmwareUpdater.DownloadMs = 3000;
            FirmwareUpdater.InstallMs = 2000;
            DiagnosticsUploader = new SimulatedDiagnosticsUploader();
            DiagnosticsUploader.UploadMs = 2000;
            DiagnosticsLogUploader = new SimulatedDiagnosticsUploader();
            DiagnosticsLogUploader.FileName = "diagnostics-log.txt";
            DiagnosticsLogUploader.UploadMs = 2000;
            SecurityLogUploader = new SimulatedDiagnosticsUploader();
            SecurityLogUploader.FileName = "security-log.txt";
            SecurityLogUploader.UploadMs = 2000;
            Entropy = new SimulatedEntropy("simulator");
        }

        /// <summary>Deterministic key-generation randomness, one stream across reboots (each boot's keys differ).</summary>
        public SimulatedEntropy Entropy { get; }

        /// <summary>The running firmware (after <see cref="Start"/>).</summary>
        public Charger Charger
        {
            get { return _charger!; }
        }

        public SimulatedBoard World
        {
            get { return _world!; }
        }

        public SimulatedClock Clock
        {
            get { return _clock; }
        }

        public IStorage Storage
        {
            get { return _storage; }
        }

        /// <summary>
        /// The board's firmware update path, in simulated time (part of the world: it survives reboots). A successful
        /// install asks the firmware for a hard reset, which reboots it like any OCPP Reset.
        /// </summary>
        public SimulatedFirmwareUpdater FirmwareUpdater { get; }

        /// <summary>The board's diagnostics upload path, in simulated time.</summary>
        public SimulatedDiagnosticsUploader DiagnosticsUploader { get; }

        /// <summary>The board's GetLog upload paths (DiagnosticsLog, SecurityLog), in simulated time.</summary>
        public SimulatedDiagnosticsUploader DiagnosticsLogUploader { get; }

        public SimulatedDiagnosticsUploader SecurityLogUploader { get; }

        /// <summary>Simulated milliseconds per real millisecond (console: time x&lt;N&gt;).</summary>
        public int Speed { get; set; } = 1;

        public bool QuitRequested { get; set; }

        public int Reboots { get; private set; }

        /// <summary>Extra console command groups re-added after each reboot (the simulator's own, the demo's).</summary>
        public IConsoleCommands? Commands { get; set; }

        // The charger's MoreCommands: a line the charger does not run, or "help" after its own help, for Commands.
        private bool RunCommands(string text)
        {
            var line = new CommandLine(text);
            if (line.Command == "help")
            {
                Commands!.WriteHelp(_console);
                return true;
            }

            return Commands!.Execute(line, _console);
        }

        /// <summary>Powers the board up: builds the first charger.</summary>
        public void Start()
        {
            _charger = Boot();
        }

        /// <summary>Runs after every boot, before the first tick (the host re-applies --password here).</summary>
        public SimulationHandler? Booted { get; set; }

        /// <summary>Moves simulated time; a reboot the firmware asked for happens at the end of the step that asked.</summary>
        public void Advance(long ms)
        {
            if (ExitRequested)
            {
                return;
            }

            World.AdvanceMs(ms);
            if (Charger.RebootRequested)
            {
                if (RebootExits)
                {
                    ExitRequested = true; // the host loader restarts the process's application: the slot may have changed
                    return;
                }

                Reboot();
            }
        }

        /// <summary>A reboot the firmware asks for ends the run (<see cref="ExitRequested"/>) instead of rebuilding in place: under the loader.</summary>
        public bool RebootExits { get; set; }

        /// <summary>The firmware asked for a reboot and <see cref="RebootExits"/> is set: the host returns to its loader.</summary>
        public bool ExitRequested { get; private set; }

        /// <summary>Runs at every boot before the charger is built: the host replaces the transfer hooks, adds the loader's.</summary>
        public PlatformSetup? Configure { get; set; }

        /// <summary>Advances until the condition holds (true) or the time runs out (false).</summary>
        public bool AdvanceUntil(BoardCondition condition, long maxMs)
        {
            long start = _clock.NowMs;
            while (!condition())
            {
                if (_clock.NowMs - start >= maxMs)
                {
                    return false;
                }

                Advance(World.StepMs);
            }

            return true;
        }

        /// <summary>Firmware restart: the old charger is dropped (nothing it held in RAM survives), a new one is built.</summary>
        public void Reboot()
        {
            string reason = Charger.RebootReason;
            Charger.Shutdown();
            World.DetachAll();
            Reboots++;
            _console.WriteLine("[info] firmware restarted (" + reason + ")");
            _charger = Boot();
        }

        /// <summary>
        /// Power cut: the old charger dies where it stands (no shutdown, nothing flushed, the link just drops) and the
        /// next boot runs on whatever the storage holds.
        /// </summary>
        public void PowerCut()
        {
            Charger.PowerLost();
            _link?.Close();
            World.DetachAll();
            Reboots++;
            _console.WriteLine("[info] power cut: firmware restarted");
            _charger = Boot();
        }

        /// <summary>The charger's transport, remembered so that a power cut can drop the link.</summary>
        ChargePoint.Ocpp.Rpc.IOcppTransport IPlatformHooks.Transport()
        {
            _link = _transport();
            return _link;
        }

        private Charger Boot()
        {
            _link = null; // offline (no URL) the charger makes no transport
            var platform = new ChargerPlatform(_storage, _clock, this, _random, _console);
            platform.FirmwareUpdater = FirmwareUpdater;
            platform.DiagnosticsUploader = DiagnosticsUploader;
            platform.DiagnosticsLogUploader = DiagnosticsLogUploader;
            platform.SecurityLogUploader = SecurityLogUploader;
            platform.Entropy = Entropy;
            if (Configure != null)
            {
                Configure(platform);
            }
            var charger = new Charger(platform);
            if (Commands != null)
            {
                charger.MoreCommands = RunCommands;
            }

            World.Attach(charger.Tick);
            _charger = charger;
            if (Booted != null)
            {
                Booted(this);
            }

            return charger;
        }

        void IPlatformHooks.SetUtc(DateTime utcNow)
        {
            _clock.SetUtc(utcNow);
        }

        string IPlatformHooks.NetworkStatus()
        {
            return "simulated host network";
        }

        /// <summary>The simulated board for the board the settings name (a new world if the board changed).</summary>
        HardwarePorts IPlatformHooks.Ports(BoardDefinition board)
        {
            if (_world == null || _world.Definition.Id != board.Id)
            {
                _world = new SimulatedBoard(new SimulatedStorage(), _clock, board.Id, 1);
                _world.StepMs = Charger.TickMs;
            }

            HardwarePorts ports = Copy(_world.Ports);
            var more = new HardwarePorts[_world.Ports.MoreConnectors.Length];
            for (int i = 0; i < more.Length; i++)
            {
                more[i] = Copy(_world.Ports.MoreConnectors[i]);
            }

            ports.MoreConnectors = more;
            return ports;
        }

        /// <summary>One connector's simulated pins on the simulation's own storage (the world's storage is unused).</summary>
        private HardwarePorts Copy(HardwarePorts sim)
        {
            var ports = new HardwarePorts(sim.Board, _clock, _storage);
            ports.Relay = sim.Relay;
            ports.RelayFeedback = sim.RelayFeedback;
            ports.CpPwm = sim.CpPwm;
            ports.CpAdc = sim.CpAdc;
            ports.PpAdc = sim.PpAdc;
            ports.RcdTrip = sim.RcdTrip;
            ports.MeterSpi = sim.MeterSpi;
            ports.LedPower = sim.LedPower;
            ports.LedCharging = sim.LedCharging;
            ports.LedFault = sim.LedFault;
            return ports;
        }
    }
}
