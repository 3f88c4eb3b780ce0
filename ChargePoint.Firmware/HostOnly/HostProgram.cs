using System;
using System.Threading;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// Host entry point: the firmware on the simulated board, console on stdin/stdout. Thin on purpose: options,
    /// settings overrides, simulation and demo live in shared code; this file maps real time onto simulated time.
    /// Exit codes: 0 clean stop (quit, exit, end of input, demo done), 2 bad command line, 3 watchdog.
    /// </summary>
    public static class HostProgram
    {
        public static int Main(string[] args)
        {
            SimulatorOptions? options = SimulatorOptions.Parse(args, out string error);
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

            IStorage storage = options.StorageDirectory != null ? new FileDirectoryStorage(options.StorageDirectory) : new SimulatedStorage();
            string? overrideError = SimulatorSetup.ApplyOverrides(storage, options);
            if (overrideError != null)
            {
                System.Console.Error.WriteLine("error: " + overrideError);
                return 2;
            }

            var console = new StdioConsole();
            var sim = new Simulation(storage, console, () => new HostWebSocketTransport(), new XorShiftRandom((uint)Environment.TickCount), DateTime.UtcNow);
            sim.Commands = new SimulatorCommands(sim);
            DemoScript? demo = options.Demo ? new DemoScript(sim, console) : null;
            console.WriteLine(Banner.Text("simulated board") + (options.StorageDirectory != null ? " (storage " + options.StorageDirectory + ")" : " (in-memory storage)"));
            string? passwordError = null;
            sim.Booted = s => passwordError ??= SimulatorSetup.ApplyPassword(s, options);
            sim.Start();
            if (passwordError != null)
            {
                console.WriteLine("error: " + passwordError);
                return 2;
            }

            if (demo == null)
            {
                console.WriteLine("type 'help' for commands");
            }

            int exitCode = Run(sim, console, demo);
            console.ClearStatusLine();
            return exitCode;
        }

        private static int Run(Simulation sim, StdioConsole console, DemoScript? demo)
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

                sim.Advance(elapsed * sim.Speed);
                watchdog.Kick(Environment.TickCount64);
                if (demo != null && demo.Step())
                {
                    sim.Charger.Shutdown();
                    return demo.Succeeded ? 0 : 1;
                }

                if (sim.QuitRequested || (demo == null && console.InputClosed))
                {
                    sim.Charger.Shutdown();
                    return 0;
                }

                if (now - lastStatus >= 250)
                {
                    lastStatus = now;
                    console.SetStatusLine(sim.Charger.StatusLine());
                }

                long spent = Environment.TickCount64 - now;
                Thread.Sleep((int)Math.Max(1, MainLoop.TickMs - spent));
            }
        }
    }
}
