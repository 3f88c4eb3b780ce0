using System;
using System.IO;
using System.Threading;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// Host entry point: the firmware on the simulated board, console on stdin/stdout (or none with --headless).
    /// Thin on purpose: options, settings overrides, simulation and demo live in shared code; this file maps real time
    /// onto simulated time and turns SIGTERM/SIGINT into a clean stop (close frame sent, meter total flushed).
    /// Exit codes: 0 clean stop (quit, exit, end of input, SIGTERM/SIGINT, demo done), 1 demo failed, 2 bad command
    /// line or unusable --storage, 3 watchdog.
    /// </summary>
    public static class HostProgram
    {
        /// <summary>The host loader chooses the application slot and runs it (<see cref="HostLoader"/>).</summary>
        public static int Main(string[] args) => HostLoader.Main(args);

        /// <summary>
        /// The well-known entry point the loader calls in an application slot (the bundle's entry type is this class):
        /// runs this build's application as the given slot and version.
        /// Returns the exit code, or <see cref="HostLoader.RebootExitCode"/> to boot again through the loader.
        /// </summary>
        public static int Start(string[] args, int slot, string version) => RunApplication(args, slot, version, true);

        /// <summary>The application: underLoader makes a reboot return to the loader, which may choose another slot.</summary>
        public static int RunApplication(string[] args, int slot, string version, bool underLoader)
        {
            SimulatorOptions options = SimulatorOptions.Parse(args, out string error);
            if (options == null)
            {
                System.Console.Error.WriteLine("error: " + error);
                System.Console.Error.WriteLine(SimulatorOptions.Usage);
                return 2;
            }

            if (options.Help)
            {
                System.Console.WriteLine(SimulatorOptions.Usage);
                return 0;
            }

            if (options.Version)
            {
                System.Console.WriteLine(SimulatorOptions.VersionText());
                return 0;
            }

            IStorage storage;
            string overrideError;
            try
            {
                if (options.CaCertificate != null)
                {
                    options.CaCertificatePem = File.ReadAllText(options.CaCertificate);
                }

                storage = options.StorageDirectory != null ? OpenStorage(options.StorageDirectory) : new SimulatedStorage();
                overrideError = SimulatorSetup.ApplyOverrides(storage, options);
                if (overrideError == null && options.Demo && new SettingsStore(storage, BoardCatalog.Ids()).Current.CentralSystemUrl.Length > 0)
                {
                    overrideError = "--demo runs offline, but the storage in " + options.StorageDirectory + " has a CentralSystemUrl";
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                System.Console.Error.WriteLine(options.CaCertificate != null && options.CaCertificatePem == null
                    ? "error: --ca-certificate " + options.CaCertificate + ": cannot be read (" + e.Message + ")"
                    : "error: --storage " + options.StorageDirectory + ": not a usable storage directory (" + e.Message + ")");
                return 2;
            }

            if (overrideError != null)
            {
                System.Console.Error.WriteLine("error: " + overrideError);
                return 2;
            }

            var console = new StdioConsole(!options.Headless);
            using var signals = new StopSignals();
            IDemo demo = null;
            Simulation sim;
            if (options.Demo)
            {
                // Deterministic: a fixed start and seed, and a fixed slice of simulated time per loop pass.
                sim = new Simulation(storage, console, () => new HostWebSocketTransport(), new XorShiftRandom(DemoScript.Seed), DemoScript.StartUtc);
                // Two connectors: two cars sharing a limited supply.
                bool dual = BoardCatalog.Find(new SettingsStore(storage, BoardCatalog.Ids()).Current.Board)?.ConnectorCount > 1;
                demo = dual ? new SharedSupplyDemo(sim, console) : new DemoScript(sim, console);
            }
            else
            {
                sim = new Simulation(storage, console, () => new HostWebSocketTransport(), new XorShiftRandom((uint)Environment.TickCount), DateTime.UtcNow);
            }

            sim.Commands = new SimulatorCommands(sim);
            sim.RebootExits = underLoader;
            var transfers = new HostTransfers(storage, options, slot, version, underLoader, console);
            sim.Configure = transfers.Configure;
            console.WriteLine(Charger.Banner("simulated board") + (options.StorageDirectory != null ? " (storage " + options.StorageDirectory + ")" : " (in-memory storage)"));
            string passwordError = null;
            sim.Booted = s => passwordError ??= SimulatorSetup.ApplyCaCertificate(s, options) ?? SimulatorSetup.ApplyPassword(s, options);
            sim.Start();
            if (passwordError != null)
            {
                console.WriteLine("error: " + passwordError);
                return 2;
            }

            if (options.Headless)
            {
                console.WriteLine("headless: no console; SIGTERM or SIGINT stops");
            }
            else if (demo == null)
            {
                console.WriteLine("type 'help' for commands");
            }

            int exitCode = Run(sim, console, demo, signals);
            console.ClearStatusLine();
            transfers.Dispose();
            return exitCode;
        }

        /// <summary>The directory must be creatable and writable: checked now, so a bad path is one error line, not a crash later.</summary>
        private static FileDirectoryStorage OpenStorage(string directory)
        {
            if (File.Exists(directory))
            {
                throw new IOException("it is a file");
            }

            var storage = new FileDirectoryStorage(directory);
            const string probe = "write-probe";
            storage.Write(probe, new byte[] { 1 });
            storage.Delete(probe);
            return storage;
        }

        private static int Run(Simulation sim, StdioConsole console, IDemo demo, StopSignals signals)
        {
            var watchdog = new LoopWatchdog(LoopWatchdog.DefaultTimeoutMs, stalled =>
            {
                System.Console.Error.WriteLine("watchdog: main loop stalled for " + stalled + " ms, stopping");
                Environment.Exit(3);
            });
            using var supervisor = new Timer(_ => watchdog.Check(Environment.TickCount64), null, 1000, 1000);

            long last = Environment.TickCount64;
            long lastStatus = 0;
            while (true)
            {
                long now = Environment.TickCount64;
                long elapsed = now - last;
                last = now;
                if (elapsed > 200)
                {
                    elapsed = 200; // a paused process (debugger, suspended laptop) does not fast-forward the world
                }

                // The demo advances a fixed slice per pass: its narration does not depend on the host's timing.
                sim.Advance((demo != null ? Charger.TickMs : elapsed) * sim.Speed);
                watchdog.Kick(Environment.TickCount64);
                if (demo != null && demo.Step())
                {
                    Stop(sim, console, null);
                    return demo.Succeeded ? 0 : 1;
                }

                if (sim.ExitRequested)
                {
                    console.WriteLine("[info] rebooting through the loader (" + sim.Charger.RebootReason + ")");
                    sim.Charger.Shutdown();
                    return HostLoader.RebootExitCode;
                }

                string signal = signals.Received;
                if (signal != null || sim.QuitRequested || (demo == null && console.InputClosed))
                {
                    Stop(sim, console, signal);
                    return 0;
                }

                if (now - lastStatus >= 250)
                {
                    lastStatus = now;
                    console.SetStatusLine(sim.Charger.StatusLine());
                }

                long spent = Environment.TickCount64 - now;
                Thread.Sleep((int)Math.Max(1, Charger.TickMs - spent));
            }
        }

        /// <summary>
        /// Clean stop in every mode: the meter total is flushed (journal records are written synchronously, nothing is
        /// buffered) and the WebSocket is closed with a close frame (bounded wait).
        /// </summary>
        private static void Stop(Simulation sim, StdioConsole console, string signal)
        {
            if (signal != null)
            {
                console.WriteLine("[info] " + signal + " received: stopping");
            }

            sim.Charger.Shutdown();
            console.WriteLine("[info] stopped: connection closed, meter total saved");
        }
    }
}
