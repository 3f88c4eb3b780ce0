using System.Text;
using ChargePoint.Firmware.Loader;
using ChargePoint.Firmware.Update;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware.Update
{
    [TestClass]
    public class BundleFirmwareUpdaterTests
    {
        private const string Board = "esp32-wrover-devkit";

        private static byte[] Bundle(string board, int seed)
        {
            var file = new byte[5000];
            for (int i = 0; i < file.Length; i++)
            {
                file[i] = (byte)(i * 31 + seed);
            }

            byte[] header = ChargePoint.Hal.Simulation.ManifestText.Bytes(new SlotManifest(board, LoaderAbi.Version, "0.2.0", "App.Entry", new SlotFile[] { new SlotFile("App.pe", file.Length, Hex.Encode(Sha256.Hash(file))) }));
            var all = new byte[header.Length + file.Length];
            System.Array.Copy(header, all, header.Length);
            System.Array.Copy(file, 0, all, header.Length, file.Length);
            return all;
        }

        private static int Poll(BundleFirmwareUpdater u)
        {
            for (int i = 0; i < 100; i++)
            {
                int state = u.PollDownload(i);
                if (state != TransferState.Running)
                {
                    return state;
                }
            }

            return TransferState.Running;
        }

        /// <summary>Polls the install to its end; returns the state and how many polls it took.</summary>
        private static int Install(BundleFirmwareUpdater u, out int polls)
        {
            u.BeginInstall(0);
            for (polls = 1; polls < 1000; polls++)
            {
                int state = u.PollInstall(polls);
                if (state != TransferState.Running)
                {
                    return state;
                }
            }

            return TransferState.Running;
        }

        [TestMethod]
        public void A_good_bundle_is_streamed_to_storage_installed_in_slot_A_and_put_on_trial()
        {
            var storage = new SimulatedStorage();
            var transfer = new ScriptedTransfer();
            transfer.Served = Bundle(Board, 1);
            var u = new BundleFirmwareUpdater(storage, transfer, Board, Slot.Factory);
            u.BeginDownload("http://cs/fw.bundle", 0);
            Assert.AreEqual("http://cs/fw.bundle", transfer.LastUrl);
            Assert.AreEqual(TransferState.Succeeded, Poll(u));
            Assert.AreEqual(transfer.Served.Length, storage.Read(BundleFirmwareUpdater.BundleRecord)!.Length);
            int polls;
            Assert.AreEqual(TransferState.Succeeded, Install(u, out polls));
            Assert.IsTrue(polls >= 2, "copy and read-back of 5 KB at 8 chunks per poll take more than one poll: " + polls);
            Assert.IsFalse(storage.Exists(BundleFirmwareUpdater.BundleRecord), "the bundle is deleted after the install");
            Assert.AreEqual(5000, storage.Read(Slot.FileRecord(Slot.A, "App.pe"))!.Length);
            Assert.AreEqual(Slot.A, BootRecord.Parse(storage.Read(BootRecord.RecordName))!.Trial);
            Assert.AreEqual(TransferState.Failed, u.InstallOutcome(), "the factory image runs: the trial slot did not boot");

            var slots = storage;
            Assert.AreEqual(Slot.A, BootLoader.Boot(slots, Board).Chosen);
            var running = new BundleFirmwareUpdater(storage, transfer, Board, Slot.A);
            Assert.AreEqual(TransferState.Running, running.InstallOutcome(), "on trial until confirmed");
            BootLoader.Confirm(slots, Slot.A);
            Assert.AreEqual(TransferState.Succeeded, running.InstallOutcome());
        }

        [TestMethod]
        public void Checking_a_download_hashes_at_most_ChunksPerTick_chunks_per_poll()
        {
            var storage = new SimulatedStorage();
            var transfer = new ScriptedTransfer();
            transfer.Served = Bundle(Board, 1);
            var u = new BundleFirmwareUpdater(storage, transfer, Board, Slot.Factory);
            u.ChunksPerTick = 1;
            u.BeginDownload("http://cs/fw.bundle", 0);
            int polls = 0;
            while (u.PollDownload(polls) == TransferState.Running)
            {
                polls++;
            }

            // 16 chunks of 700 bytes per poll move the bundle to storage, then 5 polls hash the 5000-byte file
            Assert.IsTrue(polls >= 5, "polls " + polls);
        }

        [TestMethod]
        public void A_damaged_download_fails_and_is_deleted()
        {
            var storage = new SimulatedStorage();
            var transfer = new ScriptedTransfer();
            byte[] bundle = Bundle(Board, 1);
            bundle[bundle.Length - 1] ^= 1;
            transfer.Served = bundle;
            var notes = new StringBuilder();
            var u = new BundleFirmwareUpdater(storage, transfer, Board, Slot.Factory);
            u.Note = line => notes.Append(line);
            u.BeginDownload("http://cs/fw.bundle", 0);
            Assert.AreEqual(TransferState.Failed, Poll(u));
            Assert.IsFalse(storage.Exists(BundleFirmwareUpdater.BundleRecord));
            Assert.StartsWith("firmware download damaged: SHA-256 of App.pe is ", notes.ToString());
        }

        [TestMethod]
        public void A_failed_transfer_fails_the_download_with_its_reason()
        {
            var transfer = new ScriptedTransfer();
            transfer.FailWith = "HTTP 404 from http://cs/x";
            var notes = new StringBuilder();
            var u = new BundleFirmwareUpdater(new SimulatedStorage(), transfer, Board, Slot.Factory);
            u.Note = line => notes.Append(line);
            u.BeginDownload("http://cs/x", 0);
            Assert.AreEqual(TransferState.Failed, Poll(u));
            Assert.AreEqual("firmware download failed: HTTP 404 from http://cs/x", notes.ToString());
        }

        [TestMethod]
        public void A_bundle_for_another_board_downloads_but_fails_to_install()
        {
            var storage = new SimulatedStorage();
            var transfer = new ScriptedTransfer();
            transfer.Served = Bundle("esp32-s3-devkitc-1", 1);
            var notes = new StringBuilder();
            var u = new BundleFirmwareUpdater(storage, transfer, Board, Slot.Factory);
            u.Note = line => notes.Append(line);
            u.BeginDownload("http://cs/fw.bundle", 0);
            Assert.AreEqual(TransferState.Succeeded, Poll(u));
            int polls;
            Assert.AreEqual(TransferState.Failed, Install(u, out polls));
            Assert.AreEqual("firmware install failed: bundle is for board esp32-s3-devkitc-1, this is esp32-wrover-devkit", notes.ToString());
            Assert.IsFalse(storage.Exists(Slot.ManifestRecord(Slot.A)));
            Assert.IsNull(BootRecord.Parse(storage.Read(BootRecord.RecordName)), "no boot record written");
        }

        [TestMethod]
        public void The_log_ring_keeps_the_newest_lines_in_order_within_its_bound()
        {
            var storage = new SimulatedStorage();
            var ring = new LogRing(storage, 200);
            for (int i = 0; i < 100; i++)
            {
                ring.Append("line " + i.ToString());
            }

            int a = storage.Read(LogRing.RecordA)!.Length;
            int b = storage.Read(LogRing.RecordB)!.Length;
            Assert.IsTrue(a <= 200 && b <= 200, a + " " + b);
            Assert.IsTrue(ring.CopyTo("out") > 200);
            string text = new string(Encoding.UTF8.GetChars(storage.Read("out")!));
            Assert.IsTrue(text.EndsWith("line 98\nline 99\n"), text);
            Assert.IsTrue(text.IndexOf("line 0\n") < 0, "the oldest lines are gone");
            string[] lines = text.Split(new char[] { '\n' });
            for (int i = 1; i < lines.Length - 1; i++)
            {
                Assert.AreEqual(int.Parse(lines[i - 1].Substring(5)) + 1, int.Parse(lines[i].Substring(5)), text);
            }

            var again = new LogRing(storage, 200); // a reboot continues in the shorter record
            again.Append("after reboot");
            again.CopyTo("out");
            Assert.IsTrue(new string(Encoding.UTF8.GetChars(storage.Read("out")!)).EndsWith("line 99\nafter reboot\n"));
        }

        [TestMethod]
        public void An_upload_PUTs_the_gathered_file_under_its_name()
        {
            var storage = new SimulatedStorage();
            var transfer = new ScriptedTransfer();
            var up = new RecordUploader(storage, transfer, target =>
            {
                storage.Write(target, Encoding.UTF8.GetBytes("log text"));
                return true;
            }, "diag.upload", "diagnostics.log");
            Assert.AreEqual("diagnostics.log", up.PrepareFile(null, null));
            up.BeginUpload("http://cs/upload", "diagnostics.log", 0);
            Assert.AreEqual("http://cs/upload/diagnostics.log", transfer.LastUrl);
            Assert.AreEqual("log text", new string(Encoding.UTF8.GetChars(transfer.LastBody!)));
            Assert.AreEqual(TransferState.Succeeded, up.PollUpload(0));
            up.BeginUpload("http://cs/dir/", "diagnostics.log", 0);
            Assert.AreEqual("http://cs/dir/diagnostics.log", transfer.LastUrl);

            var none = new RecordUploader(storage, transfer, target => false, "x", "security-log.txt");
            Assert.IsNull(none.PrepareFile(null, null), "nothing to upload");
        }
    }
}
