using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using ChargePoint.Tests.HostOnly.Interop;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Firmware
{
    /// <summary>
    /// The simulator executable's life cycle: command-line errors, --version, a deterministic demo, headless runs
    /// stopped by a signal, and a clean WebSocket close on every stop. Real-time waits are bounded and generous.
    /// </summary>
    [TestClass]
    public class HostProgramLifecycleTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

        [TestMethod]
        public void A_storage_path_that_is_a_file_or_unwritable_is_one_error_line_and_exit_2()
        {
            string file = Path.GetTempFileName();
            try
            {
                string[] bad = new string[] { file, "/proc/x", Path.Combine(file, "sub") };
                foreach (string path in bad)
                {
                    using var fw = new FirmwareProcess("--storage", path);
                    Assert.IsTrue(fw.WaitForExit(Wait), "exits for " + path);
                    fw.WaitForLine("error: --storage " + path + ": not a usable storage directory", Wait);
                    string output = fw.Output;
                    Assert.AreEqual(2, fw.ExitCode, path + ":\n" + output);
                    Assert.IsFalse(output.Contains("Unhandled exception"), "no crash for " + path + ":\n" + output);
                    Assert.IsFalse(output.Contains("   at "), "no stack trace for " + path + ":\n" + output);
                }
            }
            finally
            {
                File.Delete(file);
            }
        }

        [TestMethod]
        public void Version_prints_name_and_version_and_exits_0()
        {
            using var fw = new FirmwareProcess("--version");
            Assert.IsTrue(fw.WaitForExit(Wait));
            fw.WaitForLine("ChargePoint.Firmware 0.", Wait);
            Assert.AreEqual(0, fw.ExitCode);
        }

        [TestMethod]
        public void Demo_with_a_central_system_is_refused_with_exit_2()
        {
            using var fw = new FirmwareProcess("--demo", "--central-system", "ws://127.0.0.1:9/ocpp");
            Assert.IsTrue(fw.WaitForExit(Wait));
            fw.WaitForLine("error: --demo runs offline", Wait);
            Assert.AreEqual(2, fw.ExitCode);
        }

        [TestMethod]
        public void Demo_prints_the_same_on_every_run()
        {
            string first = RunDemo();
            string second = RunDemo();
            Assert.AreEqual(first, second, "the demo does not depend on the wall clock or the host's timing");
            Assert.Contains("[demo] done:", first);
        }

        [TestMethod]
        public void Demo_on_the_dual_board_shows_two_cars_sharing_a_limited_supply()
        {
            using var fw = new FirmwareProcess("--demo", "--board", "esp32-s3-dual");
            Assert.IsTrue(fw.WaitForExit(TimeSpan.FromSeconds(90)), "demo finished in time. Output:\n" + fw.Output);
            Assert.AreEqual(0, fw.ExitCode, fw.Output);
            fw.WaitForLine("[demo] +10 min: car 1 alone gets the whole supply: connector 1 offered 20.0 A, connector 2 offered 0.0 A", Wait);
            fw.WaitForLine("car 1 was lowered first, then car 2 raised: connector 1 offered 10.0 A, connector 2 offered 10.0 A", Wait);
            fw.WaitForLine("[demo] car 2 alone again: connector 1 offered 0.0 A, connector 2 offered 20.0 A", Wait);
            fw.WaitForLine("[demo] done: connector 1", Wait);
        }

        [TestMethod]
        public void Headless_runs_without_stdin_until_SIGTERM_and_closes_the_websocket_cleanly()
        {
            if (!InteropPaths.PeerInstalled)
            {
                Assert.SkipTest("interop peer not installed (cd ChargePoint.Tests/Interop && npm ci)");
                return;
            }

            using var peer = new NodePeerProcess("peer.js");
            int port = peer.WaitFor(e => NodePeerProcess.Is(e, "listening"), Wait).GetProperty("port").GetInt32();
            using var fw = new FirmwareProcess("--headless", "--central-system", "ws://127.0.0.1:" + port + "/ocpp", "--id", "CP_HL");
            peer.WaitFor(e => NodePeerProcess.Is(e, "call", "BootNotification"), Wait);
            fw.CloseInput();
            fw.WaitForLine("headless: no console", Wait);
            Assert.IsFalse(fw.WaitForExit(TimeSpan.FromSeconds(2)), "the end of stdin does not stop a headless run");

            Signal(fw.Id, "TERM");
            Assert.IsTrue(fw.WaitForExit(Wait), "SIGTERM stops it. Output:\n" + fw.Output);
            Assert.AreEqual(0, fw.ExitCode, fw.Output);
            fw.WaitForLine("SIGTERM received: stopping", Wait);
            JsonElement closed = peer.WaitFor(e => NodePeerProcess.Is(e, "disconnected"), Wait);
            Assert.AreEqual(1000, closed.GetProperty("code").GetInt32(), "a close frame (1000), not a dropped connection:\n" + peer.Dump());
        }

        [TestMethod]
        public void Quit_closes_the_websocket_with_a_close_frame()
        {
            if (!InteropPaths.PeerInstalled)
            {
                Assert.SkipTest("interop peer not installed (cd ChargePoint.Tests/Interop && npm ci)");
                return;
            }

            using var peer = new NodePeerProcess("peer.js");
            int port = peer.WaitFor(e => NodePeerProcess.Is(e, "listening"), Wait).GetProperty("port").GetInt32();
            using var fw = new FirmwareProcess("--central-system", "ws://127.0.0.1:" + port + "/ocpp", "--id", "CP_Q");
            peer.WaitFor(e => NodePeerProcess.Is(e, "call", "BootNotification"), Wait);
            fw.Type("quit");
            Assert.IsTrue(fw.WaitForExit(Wait));
            Assert.AreEqual(0, fw.ExitCode);
            JsonElement closed = peer.WaitFor(e => NodePeerProcess.Is(e, "disconnected"), Wait);
            Assert.AreEqual(1000, closed.GetProperty("code").GetInt32(), peer.Dump());
        }

        private static string RunDemo()
        {
            using var fw = new FirmwareProcess("--demo");
            Assert.IsTrue(fw.WaitForExit(TimeSpan.FromSeconds(90)), "demo finished in time. Output:\n" + fw.Output);
            fw.WaitForLine("[demo] these messages go to the Central System", Wait);
            Assert.AreEqual(0, fw.ExitCode, fw.Output);
            return fw.Output;
        }

        private static void Signal(int pid, string signal)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", "-" + signal + " " + pid) { UseShellExecute = false })!;
            Assert.IsTrue(kill.WaitForExit(10000));
            Assert.AreEqual(0, kill.ExitCode, "kill -" + signal);
        }
    }
}
