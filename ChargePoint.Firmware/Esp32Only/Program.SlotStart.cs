using System;
using System.Diagnostics;
using System.Reflection;
using ChargePoint.Firmware.Loader;
using nanoFramework.Runtime.Native;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>
    /// The platform half of the ESP32 loader: loads a verified slot's .pe files with Assembly.Load (they stay in RAM,
    /// hence PSRAM boards only) and calls the manifest's entry type Start(int slot, string version). Everything it
    /// decides (which slot, trial count, rollback) was decided by <see cref="BootLoader"/> and stored before this runs.
    /// (A part of Program: one type in the .pe.)
    /// </summary>
    public sealed partial class Program
    {
        /// <summary>Free managed heap the application needs on top of the slot's files (composition plus a session).</summary>
        private const uint ApplicationHeapBytes = 96 * 1024;

        /// <summary>Starts the slot; returns (the caller boots the factory application) when it cannot be started.</summary>
        private static void StartSlot(IStorage slots, SlotManifest manifest, int slot)
        {
            string tag = "[loader] slot " + Slot.Name(slot);
            uint free = nanoFramework.Runtime.Native.GC.Run(true);
            long need = ApplicationHeapBytes; // plus the slot's files, loaded into RAM
            for (int i = 0; i < manifest.Files.Length; i++)
            {
                need += manifest.Files[i].Length;
            }

            if (free < need)
            {
                // A board without PSRAM: the slot would not fit next to the application. Not a failed boot of the slot.
                Debug.WriteLine(tag + " heap: need " + need.ToString() + ", free " + free.ToString());
                return;
            }

            MethodInfo start = null;
            try
            {
                Assembly entryAssembly = null;
                for (int i = 0; i < manifest.Files.Length; i++)
                {
                    // Verified by BootLoader.Boot just before; a file that changed since fails Assembly.Load or the boot.
                    byte[] pe = slots.Read(Slot.FileRecord(slot, manifest.Files[i].Name));
                    Assembly loaded = Assembly.Load(pe);
                    if (loaded.GetType(manifest.EntryType) != null)
                    {
                        entryAssembly = loaded;
                    }
                }

                if (entryAssembly != null && object.ReferenceEquals(entryAssembly, Assembly.GetExecutingAssembly()))
                {
                    // Assembly.Load handed back the deployed copy (same identity): starting it would run the factory code as the slot.
                    Debug.WriteLine(tag + ": entry is the deployed assembly");
                    entryAssembly = null;
                }

                Type entry = entryAssembly == null ? null : entryAssembly.GetType(manifest.EntryType);
                start = entry == null ? null : entry.GetMethod("Start", new Type[] { typeof(int), typeof(string) });
            }
            catch (Exception e)
            {
                Debug.WriteLine(tag + " failed to load: " + e.Message);
            }

            if (start == null)
            {
                // Counted as a failed trial boot (the record was saved before loading): reboot so the loader decides again.
                Debug.WriteLine(tag + ": no Start on " + manifest.EntryType);
                Power.RebootDevice();
                return;
            }

            Debug.WriteLine(tag + " v" + manifest.Version);
            try
            {
                start.Invoke(null, new object[] { slot, manifest.Version });
            }
            catch (Exception e)
            {
                Debug.WriteLine(tag + " crashed: " + e.Message);
            }

            Power.RebootDevice(); // the application never returns on its own; a crash is a failed boot
        }
    }
}
