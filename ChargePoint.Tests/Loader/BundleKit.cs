using System.Text;
using ChargePoint.Firmware.Loader;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Tests.Loader
{
    /// <summary>Builds bundles in memory for the loader tests (the same format eng/Bundle writes).</summary>
    public static class BundleKit
    {
        public const string Board = "esp32-wrover-devkit";

        public const string Record = "fw.bundle";

        /// <summary>Installs bundleRecord into target and starts its trial, all at once; null on success, else why it failed.</summary>
        public static string? Install(IStorage storage, string bundleRecord, int target, string boardId)
        {
            var job = new BundleJob(storage, bundleRecord, boardId, target);
            int state;
            while ((state = job.Step(64)) == BundleJob.Running)
            {
            }

            return state == BundleJob.Succeeded ? null : job.Error;
        }

        /// <summary>Checks a bundle all at once: <see cref="BundleJob"/>'s verdict (<see cref="BundleJob.CheckResult"/>) and why.</summary>
        public static int Check(IStorage storage, string bundleRecord, string boardId, out string error)
        {
            var job = new BundleJob(storage, bundleRecord, boardId, Slot.Factory);
            while (job.Step(64) == BundleJob.Running)
            {
            }

            error = job.Error;
            return job.CheckResult;
        }

        /// <summary>A file of length bytes whose content depends on seed.</summary>
        public static byte[] Content(int length, int seed)
        {
            var data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)(i * 7 + seed * 13 + (i >> 8));
            }

            return data;
        }

        public static byte[] Bundle(string board, int abi, string version, byte[][] files, string[] names)
        {
            var list = new SlotFile[files.Length];
            int total = 0;
            for (int i = 0; i < files.Length; i++)
            {
                list[i] = new SlotFile(names[i], files[i].Length, Hex.Encode(Sha256.Hash(files[i])));
                total += files[i].Length;
            }

            byte[] header = ChargePoint.Hal.Simulation.ManifestText.Bytes(new SlotManifest(board, abi, version, "App.Entry", list));
            var all = new byte[header.Length + total];
            System.Array.Copy(header, all, header.Length);
            int at = header.Length;
            for (int i = 0; i < files.Length; i++)
            {
                System.Array.Copy(files[i], 0, all, at, files[i].Length);
                at += files[i].Length;
            }

            return all;
        }

        /// <summary>Two files (3000 and 1500 bytes) for this board and loader.</summary>
        public static byte[] Good(string version, int seed) =>
            Bundle(Board, LoaderAbi.Version, version, new byte[][] { Content(3000, seed), Content(1500, seed + 1) }, new string[] { "App.pe", "Lib.pe" });

        public static SimSlotStorage StorageWith(byte[] bundle)
        {
            var storage = new SimSlotStorage();
            storage.Write(Record, bundle);
            return storage;
        }

        public static string Text(byte[] data) => new string(Encoding.UTF8.GetChars(data));
    }
}
