using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using nanoFramework.TestFramework;
using static ChargePoint.Tests.HostOnly.Interop.PeerJson;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// UpdateFirmware end to end: the ocpp-rpc peer serves bundles made by the bundle command over real HTTP, the host
    /// firmware downloads them, installs them into a loader slot and restarts through the host loader into the new
    /// .NET assemblies. Every case ends with a charger that works and reported the right FirmwareStatusNotifications.
    /// </summary>
    [TestClass]
    public class FirmwareUpdateInteropTests
    {
        private static readonly TimeSpan Long = TimeSpan.FromSeconds(60);

        [TestMethod]
        public void A_good_bundle_downloads_installs_boots_the_new_slot_and_reports_Installed()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                string url = rig.Serve("/fw/good.bundle", files.Add(HostBundles.Build("0.2.0-good")));
                int mark = rig.Mark;
                Update(rig, url, 0);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Installed"), Long, mark);
                Assert.AreEqual("Downloading,Downloaded,Installing,|0.2.0-good,Installed", Sequence(rig, mark));
                rig.Firmware!.WaitForLine("[loader] slot A on trial", InteropRig.Wait);
                rig.Firmware.WaitForLine("[loader] A application confirmed healthy", InteropRig.Wait);
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void A_download_with_a_wrong_digest_is_DownloadFailed_and_nothing_is_installed()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                string url = rig.Serve("/fw/corrupt.bundle", files.Add(HostBundles.Corrupted(files.Add(HostBundles.Build("0.2.0-corrupt")))));
                int mark = rig.Mark;
                Update(rig, url, 0);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "DownloadFailed"), Long, mark);
                Assert.AreEqual("Downloading,DownloadFailed", Sequence(rig, mark));
                rig.Firmware!.WaitForLine("firmware download damaged: SHA-256 of", InteropRig.Wait);
                Assert.IsFalse(File.Exists(Path.Combine(rig.StorageDirectory, "slot%2Ea%2Emanifest")), "no slot written");
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void A_truncated_download_is_retried_then_DownloadFailed()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                string url = rig.Serve("/fw/cut.bundle", files.Add(HostBundles.Build("0.2.0-cut")), 100000);
                int mark = rig.Mark;
                Update(rig, url, 1);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "DownloadFailed"), Long, mark);
                Assert.AreEqual("Downloading,DownloadFailed", Sequence(rig, mark));
                int downloads = 0;
                foreach (JsonElement e in rig.Peer.Events)
                {
                    if (NodePeerProcess.Is(e, "download") && e.GetProperty("path").GetString() == "/fw/cut.bundle")
                    {
                        downloads++;
                        Assert.IsTrue(e.GetProperty("cut").GetBoolean());
                    }
                }

                Assert.AreEqual(2, downloads, "one retry");
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void A_bundle_for_another_board_downloads_and_fails_to_install()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                string url = rig.Serve("/fw/s3.bundle", files.Add(HostBundles.Build("0.2.0-s3", null, "esp32-s3-devkitc-1")));
                int mark = rig.Mark;
                Update(rig, url, 0);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "InstallationFailed"), Long, mark);
                Assert.AreEqual("Downloading,Downloaded,Installing,InstallationFailed", Sequence(rig, mark));
                rig.Firmware!.WaitForLine("firmware install failed: bundle is for board esp32-s3-devkitc-1, this is esp32-wrover-devkit", InteropRig.Wait);
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void An_application_that_never_confirms_is_rolled_back_and_InstallationFailed_is_reported()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                string url = rig.Serve("/fw/bad.bundle", files.Add(HostBundles.BuildThatCrashes("0.2.0-bad")));
                int mark = rig.Mark;
                Update(rig, url, 0);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "InstallationFailed"), Long, mark);
                Assert.AreEqual("Downloading,Downloaded,Installing,|0.1.0,InstallationFailed", Sequence(rig, mark));
                rig.Firmware!.WaitForLine("[loader] slot A crashed", InteropRig.Wait);
                rig.Firmware.WaitForLine("[loader] trial slot A never confirmed in 3 boots: rolled back; factory application", InteropRig.Wait);
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void A_power_cut_during_the_install_at_several_points_ends_with_the_update_installed()
        {
            using var files = new TempFiles();
            string bundle = files.Add(HostBundles.Build("0.2.0-cut-power"));
            // The install writes the files (the bundle minus its manifest), then the manifest, then the boot record:
            // cut at the first byte, in the middle of the files, inside the manifest and inside the boot record.
            long length = new FileInfo(bundle).Length;
            foreach (long cut in new long[] { 0, length / 2, length - 200, length + 20 })
            {
                using var rig = new InteropRig(startFirmware: false);
                try
                {
                    rig.StartFirmware("--power-cut-during-install", cut.ToString());
                    rig.WaitUntilBooted();
                    string url = rig.Serve("/fw/p.bundle", bundle);
                    int mark = rig.Mark;
                    Update(rig, url, 0);
                    Assert.IsTrue(rig.Firmware!.WaitForExit(Long), "the power cut stops the process");
                    Assert.AreEqual(137, rig.Firmware.ExitCode, rig.Firmware.Output);
                    rig.StartFirmware(); // power back on
                    rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Installed"), Long, mark);
                    string sequence = Sequence(rig, mark);
                    Assert.IsTrue(sequence.EndsWith("Downloading,Downloaded,Installing,|0.2.0-cut-power,Installed", StringComparison.Ordinal), "cut at " + cut + ": " + sequence);
                    AssertWorks(rig);
                }
                catch (Exception)
                {
                    Console.WriteLine("cut at " + cut + "\n" + rig.Diagnostics());
                    throw;
                }
            }
        }

        [TestMethod]
        public void An_update_during_a_transaction_installs_after_the_transaction_ends()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                Assert.AreEqual("Accepted", rig.Call("RemoteStartTransaction", Obj("connectorId", 1, "idTag", "FWTX")).GetProperty("result").GetProperty("status").GetString());
                rig.Firmware!.Type("plug");
                rig.Firmware.Type("ev charge");
                rig.WaitForCall("StartTransaction");
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Charging"), InteropRig.Wait);
                string url = rig.Serve("/fw/tx.bundle", files.Add(HostBundles.Build("0.2.0-tx")));
                int mark = rig.Mark;
                Update(rig, url, 0);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Downloaded"), Long, mark);
                int asked = rig.Mark;
                rig.Call("TriggerMessage", Obj("requestedMessage", "FirmwareStatusNotification"));
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Downloaded"), InteropRig.Wait, asked);
                Assert.AreEqual("Downloading,Downloaded,Downloaded", Sequence(rig, mark), "the install waits while charging");
                int transactionId = rig.WaitForCall("StartTransaction").GetProperty("params").GetProperty("connectorId").GetInt32() == 1 ? 1 : -1; // the peer numbers from 1
                rig.Call("RemoteStopTransaction", Obj("transactionId", transactionId));
                rig.WaitForCall("StopTransaction", mark);
                rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Installed"), Long, mark);
                Assert.AreEqual("Downloading,Downloaded,Downloaded,Installing,|0.2.0-tx,Installed", Sequence(rig, mark));
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void GetDiagnostics_uploads_the_log_ring_with_HTTP_PUT()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                int mark = rig.Mark;
                var answer = rig.Call("GetDiagnostics", Obj("location", rig.FilesUrl + "/upload/"));
                Assert.AreEqual("diagnostics.log", answer.GetProperty("result").GetProperty("fileName").GetString(), answer.GetRawText());
                rig.Peer.WaitFor(e => IsStatus(e, "DiagnosticsStatusNotification", "Uploading"), InteropRig.Wait, mark);
                rig.Peer.WaitFor(e => IsStatus(e, "DiagnosticsStatusNotification", "Uploaded"), InteropRig.Wait, mark);
                JsonElement upload = rig.Peer.WaitFor(e => NodePeerProcess.Is(e, "upload"), InteropRig.Wait, mark);
                Assert.AreEqual("/upload/diagnostics.log", upload.GetProperty("path").GetString());
                Assert.IsTrue(upload.GetProperty("text").GetString()!.Contains("[info]", StringComparison.Ordinal), upload.GetRawText());
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        [TestMethod]
        public void GetDiagnostics_to_a_server_that_refuses_reports_UploadFailed()
        {
            using var rig = Booted();
            using var files = new TempFiles();
            try
            {
                int mark = rig.Mark;
                rig.Call("GetDiagnostics", Obj("location", "http://127.0.0.1:9/nowhere/"));
                rig.Peer.WaitFor(e => IsStatus(e, "DiagnosticsStatusNotification", "UploadFailed"), Long, mark);
                AssertWorks(rig);
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                throw;
            }
        }

        /// <summary>The FirmwareStatusNotification statuses since mark, with "|version" where a BootNotification came.</summary>
        private static string Sequence(InteropRig rig, int mark)
        {
            var list = new List<string>();
            var events = rig.Peer.Events;
            for (int i = mark; i < events.Count; i++)
            {
                if (NodePeerProcess.Is(events[i], "call", "FirmwareStatusNotification"))
                {
                    list.Add(events[i].GetProperty("params").GetProperty("status").GetString()!);
                }
                else if (NodePeerProcess.Is(events[i], "call", "BootNotification"))
                {
                    list.Add("|" + events[i].GetProperty("params").GetProperty("firmwareVersion").GetString());
                }
            }

            return string.Join(",", list);
        }

        private static void Update(InteropRig rig, string url, int retries)
        {
            var update = rig.Call("UpdateFirmware", Obj("location", url, "retrieveDate", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), "retries", retries, "retryInterval", 1));
            Assert.AreEqual("result", update.GetProperty("event").GetString(), update.GetRawText());
        }

        /// <summary>The charger still answers and reports its connector; no frame broke the schemas.</summary>
        private static void AssertWorks(InteropRig rig)
        {
            int mark = rig.Mark;
            var trigger = rig.Call("TriggerMessage", Obj("requestedMessage", "StatusNotification", "connectorId", 1));
            Assert.AreEqual("Accepted", trigger.GetProperty("result").GetProperty("status").GetString(), trigger.GetRawText());
            rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, null), InteropRig.Wait, mark);
            rig.AssertClean();
        }

        private static bool IsFirmwareStatus(JsonElement e, string status) => IsStatus(e, "FirmwareStatusNotification", status);

        private static bool IsStatus(JsonElement e, string action, string status) =>
            NodePeerProcess.Is(e, "call", action) && e.GetProperty("params").GetProperty("status").GetString() == status;

        private static InteropRig Booted()
        {
            return InteropRig.Boot(new InteropRig());
        }
    }
}
