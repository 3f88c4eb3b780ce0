using System;
using System.Collections.Generic;
using System.IO;
using ChargePoint.Firmware.Loader;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Bundle
{
    /// <summary>
    /// The bundle command. The application files are the ChargePoint.*.pe files of a device build (ESP32) or the
    /// ChargePoint.*.dll files of a host build, without the loader's own assembly (ChargePoint.Firmware.Loader, with
    /// SHA-256 and the storage interface: it is part of the loader image and its ABI) and without test assemblies.
    /// Exit codes: 0 written, 2 bad command line or input.
    /// </summary>
    public static class BundleCommand
    {
        public static readonly string Usage =
            "usage: ChargePoint.Bundle --board ID --version V [--entry TYPE] [--abi N] --out FILE DIR\n"
            + "  DIR      build output: ChargePoint.*.pe (device) or ChargePoint.*.dll (host) are bundled\n"
            + "  --board  board id the bundle is for (esp32-wrover-devkit, esp32-s3-devkitc-1, ...)\n"
            + "  --entry  entry type (default: ChargePoint.Firmware.HostOnly.HostProgram for .dll, ChargePoint.Firmware.Esp32Only.Program for .pe)\n"
            + "  --abi    loader ABI (default: this loader's, " + LoaderAbi.Version + ")";

        private static readonly string[] LoaderAssemblies = { "ChargePoint.Firmware.Loader" };

        public static int Main(string[] args)
        {
            var named = new Dictionary<string, string>();
            string? dir = null;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    named[args[i]] = args[++i];
                }
                else if (dir == null && !args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    dir = args[i];
                }
                else
                {
                    return Fail("unexpected argument " + args[i]);
                }
            }

            if (dir == null || !named.TryGetValue("--board", out string? board) || !named.TryGetValue("--version", out string? version) || !named.TryGetValue("--out", out string? output))
            {
                return Fail("--board, --version, --out and DIR are required");
            }

            int abi = LoaderAbi.Version;
            if (named.TryGetValue("--abi", out string? abiText) && !int.TryParse(abiText, out abi))
            {
                return Fail("--abi needs a number");
            }

            if (!Directory.Exists(dir))
            {
                return Fail("no directory " + dir);
            }

            string[] files = ApplicationFiles(dir, out string extension);
            if (files.Length == 0)
            {
                return Fail("no ChargePoint.*.pe or ChargePoint.*.dll in " + dir);
            }

            string entry = named.TryGetValue("--entry", out string? e) ? e : extension == ".pe" ? "ChargePoint.Firmware.Esp32Only.Program" : "ChargePoint.Firmware.HostOnly.HostProgram";
            string? error = Write(board, abi, version, entry, files, output);
            if (error != null)
            {
                return Fail(error);
            }

            Console.WriteLine("bundle " + output + ": board " + board + ", loader ABI " + abi + ", version " + version + ", " + files.Length + " files, " + new FileInfo(output).Length + " bytes");
            return 0;
        }

        /// <summary>Writes the bundle: the manifest, then each file's bytes in manifest order. Null on success.</summary>
        public static string? Write(string board, int abi, string version, string entry, string[] paths, string output)
        {
            var list = new SlotFile[paths.Length];
            for (int i = 0; i < paths.Length; i++)
            {
                byte[] data = File.ReadAllBytes(paths[i]);
                list[i] = new SlotFile(Path.GetFileName(paths[i]), data.Length, Hex.Encode(Sha256.Hash(data)));
            }

            SlotManifest manifest = new SlotManifest(board, abi, version, entry, list);
            string text = ManifestText.Of(manifest);
            if (SlotManifest.Parse(text, out string error) == null)
            {
                return "manifest would not parse: " + error;
            }

            if (text.Length > LoaderAbi.MaxManifestBytes)
            {
                return "manifest longer than " + LoaderAbi.MaxManifestBytes + " bytes";
            }

            using var stream = File.Create(output);
            byte[] header = ManifestText.Bytes(manifest);
            stream.Write(header, 0, header.Length);
            foreach (string path in paths)
            {
                byte[] data = File.ReadAllBytes(path);
                stream.Write(data, 0, data.Length);
            }

            return null;
        }

        /// <summary>The .pe files if there are any, else the .dll files; loader and test assemblies left out; sorted.</summary>
        public static string[] ApplicationFiles(string dir, out string extension)
        {
            extension = Directory.GetFiles(dir, "ChargePoint.*.pe").Length > 0 || File.Exists(Path.Combine(dir, "ChargePoint.Firmware.pe")) ? ".pe" : ".dll";
            var list = new List<string>();
            foreach (string path in Directory.GetFiles(dir, "*" + extension))
            {
                string name = Path.GetFileNameWithoutExtension(path);
                if (!name.StartsWith("ChargePoint.", StringComparison.Ordinal) || Array.IndexOf(LoaderAssemblies, name) >= 0 || name.StartsWith("ChargePoint.Tests", StringComparison.Ordinal))
                {
                    continue;
                }

                list.Add(path);
            }

            list.Sort(StringComparer.Ordinal);
            return list.ToArray();
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine("error: " + message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }
}
