using System;
using System.Diagnostics;
using System.IO;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// Bundles for the end-to-end update tests, made with the bundle command (eng/Bundle) from the host build of the
    /// firmware: the same assemblies the simulator runs, so an installed slot really runs when the loader boots it.
    /// </summary>
    public static class HostBundles
    {
        public const string Board = "esp32-wrover-devkit";

        public static string FirmwareOutput => Path.GetDirectoryName(FirmwareProcess.FirmwareDll)!;

        /// <summary>Runs the bundle command on dir; returns the bundle's path.</summary>
        public static string Build(string version, string? dir = null, string board = Board)
        {
            string output = Path.Combine(Path.GetTempPath(), "cp-bundle-" + Guid.NewGuid().ToString("N") + ".bundle");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Compat.RepoPaths.ProjectOutput("eng/Bundle", "ChargePoint.Bundle.dll"));
            foreach (string a in new[] { "--board", board, "--version", version, "--out", output, dir ?? FirmwareOutput })
            {
                start.ArgumentList.Add(a);
            }

            using Process p = Process.Start(start)!;
            string stdout = p.StandardOutput.ReadToEnd();
            string stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.AreEqual(0, p.ExitCode, "bundle command failed: " + stdout + stderr);
            return output;
        }

        /// <summary>A copy of the firmware build whose application assembly is garbage: the slot verifies but crashes at start.</summary>
        public static string BuildThatCrashes(string version)
        {
            string dir = Path.Combine(Path.GetTempPath(), "cp-bad-app-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            foreach (string file in Directory.GetFiles(FirmwareOutput, "ChargePoint.*.dll"))
            {
                File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
            }

            var garbage = new byte[4096];
            new Random(7).NextBytes(garbage);
            File.WriteAllBytes(Path.Combine(dir, "ChargePoint.Firmware.Application.dll"), garbage);
            try
            {
                return Build(version, dir);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>A copy of bundle with one payload byte flipped (its manifest digest no longer matches).</summary>
        public static string Corrupted(string bundle)
        {
            byte[] data = File.ReadAllBytes(bundle);
            data[data.Length - 100] ^= 0x5A;
            string output = bundle + ".corrupt";
            File.WriteAllBytes(output, data);
            return output;
        }
    }
}
