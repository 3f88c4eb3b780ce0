using ChargePoint.Firmware.Loader;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Loader
{
    [TestClass]
    public class UpdateInstallerTests
    {
        private const string Board = BundleKit.Board;

        /// <summary>A device running slot A (version 1, confirmed) with bundle in its download record.</summary>
        private static SimSlotStorage RunningA(byte[] bundle)
        {
            var storage = BundleKit.StorageWith(BundleKit.Good("1.0", 1));
            Assert.IsNull(BundleKit.Install(storage, BundleKit.Record, Slot.A, Board));
            Assert.AreEqual(Slot.A, BootLoader.Boot(storage, Board).Chosen);
            BootLoader.Confirm(storage, Slot.A);
            storage.Write(BundleKit.Record, bundle);
            return storage;
        }

        [TestMethod]
        public void A_good_bundle_installs_into_the_other_slot_boots_on_trial_and_stays_once_confirmed()
        {
            SimSlotStorage storage = RunningA(BundleKit.Good("2.0", 5));
            string error;
            Assert.AreEqual(BundleJob.Ok, BundleKit.Check(storage, BundleKit.Record, Board, out error), error);
            int target = BundleJob.TargetSlot(BootRecord.Load(storage), Slot.A);
            Assert.AreEqual(Slot.B, target);
            Assert.IsNull(BundleKit.Install(storage, BundleKit.Record, target, Board));
            Assert.AreEqual(BundleKit.Content(3000, 5).Length, storage.Read(Slot.FileRecord(Slot.B, "App.pe"))!.Length);
            // The manifest record is the bundle's header, byte for byte.
            byte[] bundle = BundleKit.Good("2.0", 5);
            byte[] manifest = storage.Read(Slot.ManifestRecord(Slot.B))!;
            Assert.AreEqual("end\n", new string(System.Text.Encoding.UTF8.GetChars(manifest, manifest.Length - 4, 4)));
            for (int i = 0; i < manifest.Length; i++)
            {
                Assert.AreEqual(bundle[i], manifest[i], "byte " + i);
            }

            BootRecord c = BootLoader.Boot(storage, Board);
            Assert.AreEqual(Slot.B, c.Chosen);
            Assert.AreEqual("2.0", c.Manifest!.Version);
            BootLoader.Confirm(storage, Slot.B);
            BootRecord r = BootRecord.Load(storage);
            Assert.AreEqual(Slot.B, r.Active);
            Assert.AreEqual(Slot.A, r.Previous);
            Assert.AreEqual(BootRecord.Confirmed, r.Outcome);
        }

        [TestMethod]
        public void A_bundle_with_a_wrong_digest_is_damaged_and_installs_nothing()
        {
            byte[] bundle = BundleKit.Good("2.0", 5);
            bundle[bundle.Length - 10] ^= 0xFF;
            SimSlotStorage storage = RunningA(bundle);
            string error;
            Assert.AreEqual(BundleJob.Damaged, BundleKit.Check(storage, BundleKit.Record, Board, out error));
            Assert.StartsWith("SHA-256 of Lib.pe is ", error);
            Assert.IsNotNull(BundleKit.Install(storage, BundleKit.Record, Slot.B, Board));
            Assert.IsFalse(storage.Exists(Slot.ManifestRecord(Slot.B)));
            Assert.IsFalse(storage.Exists(Slot.FileRecord(Slot.B, "App.pe")));
            Assert.IsFalse(BootRecord.Load(storage).HasTrial);
            Assert.AreEqual(Slot.A, BootLoader.Boot(storage, Board).Chosen);
        }

        [TestMethod]
        public void A_truncated_or_extended_bundle_is_damaged()
        {
            byte[] good = BundleKit.Good("2.0", 5);
            var cut = new byte[good.Length - 1];
            System.Array.Copy(good, cut, cut.Length);
            string error;
            Assert.AreEqual(BundleJob.Damaged, BundleKit.Check(BundleKit.StorageWith(cut), BundleKit.Record, Board, out error));
            Assert.StartsWith("bundle truncated in Lib.pe (1499 of 1500 bytes)", error);

            var header = new byte[200];
            System.Array.Copy(good, header, header.Length);
            Assert.AreEqual(BundleJob.Damaged, BundleKit.Check(BundleKit.StorageWith(header), BundleKit.Record, Board, out error));

            var longer = new byte[good.Length + 1];
            System.Array.Copy(good, longer, good.Length);
            Assert.AreEqual(BundleJob.Damaged, BundleKit.Check(BundleKit.StorageWith(longer), BundleKit.Record, Board, out error));
            Assert.AreEqual("bundle has bytes after its last file", error);
            Assert.AreEqual(BundleJob.Damaged, BundleKit.Check(BundleKit.StorageWith(new byte[0]), BundleKit.Record, Board, out error));
            Assert.AreEqual("bundle is empty", error);
        }

        [TestMethod]
        public void A_sound_bundle_for_another_board_or_loader_is_incompatible()
        {
            byte[][] files = { BundleKit.Content(10, 1) };
            string[] names = { "App.pe" };
            string error;
            var storage = BundleKit.StorageWith(BundleKit.Bundle("esp32-s3-devkitc-1", LoaderAbi.Version, "2.0", files, names));
            Assert.AreEqual(BundleJob.Incompatible, BundleKit.Check(storage, BundleKit.Record, Board, out error));
            Assert.AreEqual("bundle is for board esp32-s3-devkitc-1, this is esp32-wrover-devkit", error);
            Assert.AreEqual(error, BundleKit.Install(storage, BundleKit.Record, Slot.B, Board));

            storage = BundleKit.StorageWith(BundleKit.Bundle(Board, LoaderAbi.Version + 1, "2.0", files, names));
            Assert.AreEqual(BundleJob.Incompatible, BundleKit.Check(storage, BundleKit.Record, Board, out error));
        }

        [TestMethod]
        public void A_power_cut_at_any_point_of_an_install_keeps_the_running_slot_and_a_new_install_succeeds()
        {
            byte[] bundle = BundleKit.Good("2.0", 5);
            SimSlotStorage probe = RunningA(bundle);
            long before = probe.BytesWritten;
            Assert.IsNull(BundleKit.Install(probe, BundleKit.Record, Slot.B, Board));
            long total = probe.BytesWritten - before;
            for (long cut = 0; cut <= total; cut += 97)
            {
                SimSlotStorage storage = RunningA(bundle);
                storage.CutPowerAfterBytes(cut);
                bool finished = false;
                try
                {
                    finished = BundleKit.Install(storage, BundleKit.Record, Slot.B, Board) == null;
                }
                catch (System.Exception)
                {
                    // the power went
                }

                storage.PowerOn();
                int booted = BootLoader.Boot(storage, Board).Chosen;
                Assert.AreEqual(finished ? Slot.B : Slot.A, booted, "cut at " + cut);
                if (!finished)
                {
                    Assert.IsNull(BundleKit.Install(storage, BundleKit.Record, Slot.B, Board), "reinstall after cut at " + cut);
                    Assert.AreEqual(Slot.B, BootLoader.Boot(storage, Board).Chosen, "after reinstall, cut at " + cut);
                }
            }
        }

        [TestMethod]
        public void A_slot_file_damaged_after_the_install_never_boots()
        {
            SimSlotStorage storage = RunningA(BundleKit.Good("2.0", 5));
            Assert.IsNull(BundleKit.Install(storage, BundleKit.Record, Slot.B, Board));
            byte[] file = storage.Read(Slot.FileRecord(Slot.B, "Lib.pe"))!;
            file[0] ^= 1;
            storage.SetRaw(Slot.FileRecord(Slot.B, "Lib.pe"), file);
            string error;
            Assert.IsNull(BootLoader.Verify(storage, Slot.B, Board, out error));
            Assert.StartsWith("slot B: SHA-256 of Lib.pe", error);
            BootRecord c = BootLoader.Boot(storage, Board);
            Assert.AreEqual(Slot.A, c.Chosen);
            Assert.AreEqual(BootRecord.RolledBack, c.Outcome);
        }
    }
}
