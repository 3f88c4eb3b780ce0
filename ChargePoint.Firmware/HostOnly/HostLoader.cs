using System;
using System.IO;
using System.Reflection;
using ChargePoint.Firmware.Loader;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// The host twin of the ESP32 loader, with the same platform-free <see cref="BootLoader"/>: with --storage it
    /// chooses the slot (A, B or the factory application, which is this build), verifies it, loads a slot's .NET
    /// assemblies from their verified bytes (<see cref="SlotLoadContext"/>) and calls the entry type's
    /// Start(string[], int, string). An application that asks for a reboot returns <see cref="RebootExitCode"/> and
    /// the loader chooses again; one that throws counts as a crashed boot. Without --storage (in-memory storage) the
    /// factory application runs alone: it cannot restart into an installed slot.
    /// </summary>
    public static class HostLoader
    {
        /// <summary>Returned by an application that wants to boot again through the loader (never a process exit code).</summary>
        public const int RebootExitCode = 75;

        /// <summary>Crashed boots in a row after which the loader gives up (exit code 1): a host process must end.</summary>
        public const int MaxCrashes = 30;

        public static int Main(string[] args)
        {
            SimulatorOptions options = SimulatorOptions.Parse(args, out string _);
            if (options == null || options.Help || options.Version || options.Demo || options.StorageDirectory == null || File.Exists(options.StorageDirectory))
            {
                return HostProgram.RunApplication(args, Slot.Factory, null, false);
            }

            FileDirectoryStorage storage;
            try
            {
                storage = new FileDirectoryStorage(options.StorageDirectory);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return HostProgram.RunApplication(args, Slot.Factory, null, false); // reports the unusable directory
            }

            StdinRelay relay = options.Headless || !System.Console.IsInputRedirected ? null : new StdinRelay();
            int crashes = 0;
            while (true)
            {
                var slots = storage;
                string board = options.Board ?? new SettingsStore(storage, BoardCatalog.Ids()).Current.Board;
                BootRecord choice = BootLoader.Boot(slots, board);
                System.Console.Out.WriteLine("[loader] " + choice.Reason);
                relay?.BeginRun();
                int code = choice.Chosen == Slot.Factory ? HostProgram.RunApplication(args, Slot.Factory, null, true) : RunSlot(slots, choice.Manifest, choice.Chosen, args);
                relay?.EndRun();
                if (code == RebootExitCode)
                {
                    continue;
                }

                if (code != CrashedBoot)
                {
                    return code;
                }

                if (++crashes >= MaxCrashes)
                {
                    System.Console.Error.WriteLine("[loader] " + MaxCrashes + " crashed boots in a row: giving up");
                    return 1;
                }
            }
        }

        private const int CrashedBoot = -1;

        private static int RunSlot(IStorage slots, SlotManifest manifest, int slot, string[] args)
        {
            var context = new SlotLoadContext(slots, manifest, slot);
            try
            {
                Type entry = context.FindType(manifest.EntryType);
                MethodInfo start = entry?.GetMethod("Start", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string[]), typeof(int), typeof(string) }, null);
                if (start == null || start.ReturnType != typeof(int))
                {
                    System.Console.Out.WriteLine("[loader] slot " + Slot.Name(slot) + ": no static int Start(string[], int, string) on " + manifest.EntryType + ": boot failed");
                    return CrashedBoot;
                }

                System.Console.Out.WriteLine("[loader] starting slot " + Slot.Name(slot) + " version " + manifest.Version);
                return (int)start.Invoke(null, new object[] { args, slot, manifest.Version });
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                Exception cause = e is TargetInvocationException && e.InnerException != null ? e.InnerException : e;
                System.Console.Out.WriteLine("[loader] slot " + Slot.Name(slot) + " crashed: " + cause.GetType().Name + ": " + cause.Message);
                return CrashedBoot;
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
