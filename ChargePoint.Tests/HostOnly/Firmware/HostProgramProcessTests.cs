using System;
using System.Diagnostics;
using System.IO;
using ChargePoint.Tests.HostOnly.Interop;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Firmware
{
    /// <summary>
    /// The host build of the firmware as a real process, driven over stdin with stdout redirected, exactly as the
    /// interop tests and a shell script drive it. Wall-clock waits are unavoidable here (a separate process).
    /// </summary>
    [TestClass]
    public class HostProgramProcessTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

        [TestMethod]
        public void Demo_runs_a_whole_offline_session_and_exits_zero()
        {
            using var fw = new FirmwareProcess("--demo");
            Assert.IsTrue(fw.WaitForExit(TimeSpan.FromSeconds(60)), "demo finished in time. Output:\n" + fw.Output);
            fw.WaitForLine("[demo] these messages go to the Central System", Wait);
            string output = fw.Output;
            Assert.AreEqual(0, fw.ExitCode, output);
            Assert.Contains("[demo] authorized offline; StartTransaction journaled", output);
            Assert.Contains("status Charging", output);
            Assert.Contains("[demo] StopTransaction (reason Local) journaled", output);
            Assert.Contains("[demo] done:", output);
            Assert.IsFalse(output.Contains("\u001b["), "no terminal control codes when stdout is redirected");
        }

        [TestMethod]
        public void Console_session_over_stdin_changes_settings_that_survive_a_restart()
        {
            string dir = Path.Combine(Path.GetTempPath(), "cp-fw-" + Guid.NewGuid().ToString("N"));
            try
            {
                using (var fw = new FirmwareProcess("--storage", dir, "--id", "CP_PROC"))
                {
                    fw.WaitForLine("type 'help' for commands", Wait);
                    fw.Type("config set MaxCurrent 20");
                    fw.WaitForLine("ok: MaxCurrent = 20", Wait);
                    fw.Type("config set MaxCurrent 200");
                    fw.WaitForLine("error: MaxCurrent: expected integer 6..80", Wait);
                    fw.Type("config set HeartbeatInterval 120");
                    fw.WaitForLine("ok: HeartbeatInterval = 120", Wait);
                    fw.Type("plug");
                    fw.WaitForLine("ok: EV plugged in", Wait);
                    fw.Type("status");
                    fw.WaitForLine("central system: none url none (offline)", Wait);
                    Assert.Contains("id CP_PROC", fw.Output);
                    fw.Type("quit");
                    Assert.IsTrue(fw.WaitForExit(TimeSpan.FromSeconds(10)), "quit stops the program");
                    Assert.AreEqual(0, fw.ExitCode);
                }

                Assert.IsTrue(File.Exists(Path.Combine(dir, "device-settings")), "settings record on disk");
                using (var again = new FirmwareProcess("--storage", dir))
                {
                    again.WaitForLine("type 'help' for commands", Wait);
                    again.Type("config get MaxCurrent");
                    again.WaitForLine("MaxCurrent = 20", Wait);
                    again.Type("config get HeartbeatInterval");
                    again.WaitForLine("HeartbeatInterval = 120", Wait);
                    again.Type("config get ChargePointId");
                    again.WaitForLine("ChargePointId = CP_PROC", Wait);
                }
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, true);
                }
            }
        }

        [TestMethod]
        public void End_of_stdin_stops_cleanly()
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(FirmwareProcess.FirmwareDll);
            using var process = Process.Start(start)!;
            process.StandardInput.WriteLine("status");
            process.StandardInput.Close();
            string output = process.StandardOutput.ReadToEnd();
            Assert.IsTrue(process.WaitForExit(20000), "end of input stops the program");
            Assert.AreEqual(0, process.ExitCode);
            Assert.Contains("connector 1 status: Available", output, "the command before the end of input ran");
        }

        [TestMethod]
        public void Bad_command_line_exits_2_with_usage()
        {
            using var fw = new FirmwareProcess("--frobnicate");
            Assert.IsTrue(fw.WaitForExit(TimeSpan.FromSeconds(20)));
            Assert.AreEqual(2, fw.ExitCode);
            fw.WaitForLine("error: unknown option '--frobnicate'", Wait);
            fw.WaitForLine("usage:", Wait);
        }
    }
}
