using ChargePoint.Firmware.Loader;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Loader
{
    [TestClass]
    public class BootRecordTests
    {
        private static BootRecord Sample()
        {
            var r = new BootRecord();
            r.Active = Slot.A;
            r.Previous = Slot.B;
            r.Trial = Slot.B;
            r.Boots = 2;
            r.Outcome = BootRecord.RolledBack;
            r.OutcomeSlot = Slot.B;
            return r;
        }

        [TestMethod]
        public void A_saved_record_reads_back_field_for_field()
        {
            var storage = new SimSlotStorage();
            Sample().Save(storage);
            BootRecord r = BootRecord.Load(storage);
            Assert.AreEqual(Sample().ToText(), r.ToText());
            Assert.AreEqual("active=1 previous=2 trial=2 boots=2 outcome=2 outcome-slot=2", r.ToText());
        }

        [TestMethod]
        public void A_device_without_a_record_boots_the_factory_application()
        {
            BootRecord r = BootRecord.Load(new SimSlotStorage());
            Assert.AreEqual(Slot.Factory, r.Active);
            Assert.IsFalse(r.HasTrial);
        }

        [TestMethod]
        public void Any_damaged_byte_makes_the_record_read_as_the_initial_one()
        {
            var storage = new SimSlotStorage();
            Sample().Save(storage);
            byte[] good = storage.Read(BootRecord.RecordName)!;
            for (int i = 0; i < good.Length; i++)
            {
                var bad = (byte[])good.Clone();
                bad[i] ^= 0x04;
                Assert.IsNull(BootRecord.Parse(bad), "flip at " + i);
            }

            for (int n = 0; n < good.Length; n++)
            {
                var torn = new byte[n];
                System.Array.Copy(good, torn, n);
                Assert.IsNull(BootRecord.Parse(torn), "torn at " + n);
            }
        }

        [TestMethod]
        public void A_power_cut_at_any_byte_of_a_save_leaves_the_old_or_the_new_record()
        {
            var probe = new SimSlotStorage();
            BootRecord next = Sample();
            next.Trial = Slot.Factory;
            next.Save(probe);
            int length = probe.Read(BootRecord.RecordName)!.Length;
            for (int cut = 0; cut <= length; cut++)
            {
                var storage = new SimSlotStorage();
                Sample().Save(storage);
                storage.CutPowerAfterBytes(cut);
                try
                {
                    next.Save(storage);
                }
                catch (System.Exception)
                {
                    // the power went
                }

                storage.PowerOn();
                string text = BootRecord.Load(storage).ToText();
                Assert.IsTrue(text == Sample().ToText() || text == next.ToText(), "cut at " + cut + ": " + text);
            }
        }
    }
}
