using ChargePoint.Firmware.Loader;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Loader
{
    [TestClass]
    public class BootDecisionTests
    {
        private static BootRecord Running(int active)
        {
            var r = new BootRecord();
            r.Active = active;
            return r;
        }

        [TestMethod]
        public void A_fresh_device_boots_the_factory_application()
        {
            BootRecord c = BootLoader.Decide(new BootRecord(), false, false, 3, 10);
            Assert.AreEqual(Slot.Factory, c.Chosen);
            Assert.AreEqual(1, c.Boots);
        }

        [TestMethod]
        public void A_confirmed_slot_boots_and_counts_the_boot()
        {
            BootRecord c = BootLoader.Decide(Running(Slot.A), true, false, 3, 10);
            Assert.AreEqual(Slot.A, c.Chosen);
            Assert.AreEqual(1, c.Boots);
        }

        [TestMethod]
        public void A_trial_slot_boots_at_most_N_times_then_the_loader_rolls_back()
        {
            BootRecord r = BootLoader.StartTrial(Running(Slot.A), Slot.B);
            for (int boot = 1; boot <= 3; boot++)
            {
                BootRecord c = BootLoader.Decide(r, true, true, 3, 10);
                Assert.AreEqual(Slot.B, c.Chosen, "boot " + boot);
                r = c;
            }

            BootRecord back = BootLoader.Decide(r, true, true, 3, 10);
            Assert.AreEqual(Slot.A, back.Chosen);
            Assert.IsFalse(back.HasTrial);
            Assert.AreEqual(BootRecord.RolledBack, back.Outcome);
            Assert.AreEqual(Slot.B, back.OutcomeSlot);
            Assert.IsTrue(back.Reason.IndexOf("rolled back") >= 0, back.Reason);
            Assert.AreEqual(Slot.A, BootLoader.Decide(back, true, true, 3, 10).Chosen);
        }

        [TestMethod]
        public void A_confirmed_trial_becomes_the_active_slot_and_the_old_one_the_previous()
        {
            BootRecord r = BootLoader.Decide(BootLoader.StartTrial(Running(Slot.A), Slot.B), true, true, 3, 10);
            BootRecord confirmed = BootLoader.Confirm(r, Slot.B);
            Assert.AreEqual(Slot.B, confirmed.Active);
            Assert.AreEqual(Slot.A, confirmed.Previous);
            Assert.IsFalse(confirmed.HasTrial);
            Assert.AreEqual(0, confirmed.Boots);
            Assert.AreEqual(BootRecord.Confirmed, confirmed.Outcome);
            for (int boot = 0; boot < 5; boot++)
            {
                BootRecord c = BootLoader.Decide(confirmed, true, true, 3, 10);
                Assert.AreEqual(Slot.B, c.Chosen);
                confirmed = BootLoader.Confirm(c, Slot.B);
            }
        }

        [TestMethod]
        public void Confirming_from_the_old_slot_does_not_promote_the_trial()
        {
            BootRecord r = BootLoader.StartTrial(Running(Slot.A), Slot.B);
            BootRecord after = BootLoader.Confirm(r, Slot.A);
            Assert.AreEqual(Slot.A, after.Active);
            Assert.AreEqual(Slot.B, after.Trial);
        }

        [TestMethod]
        public void A_trial_slot_that_does_not_verify_rolls_back_at_once()
        {
            BootRecord c = BootLoader.Decide(BootLoader.StartTrial(Running(Slot.A), Slot.B), true, false, 3, 10);
            Assert.AreEqual(Slot.A, c.Chosen);
            Assert.AreEqual(BootRecord.RolledBack, c.Outcome);
        }

        [TestMethod]
        public void A_first_update_from_the_factory_application_rolls_back_to_the_factory_application()
        {
            BootRecord r = BootLoader.StartTrial(new BootRecord(), Slot.A);
            for (int i = 0; i < 3; i++)
            {
                r = BootLoader.Decide(r, true, false, 3, 10);
            }

            BootRecord c = BootLoader.Decide(r, true, false, 3, 10);
            Assert.AreEqual(Slot.Factory, c.Chosen);
            Assert.AreEqual(BootRecord.RolledBack, c.Outcome);
        }

        [TestMethod]
        public void An_active_slot_that_stops_verifying_falls_back_to_the_previous_slot_then_the_factory()
        {
            BootRecord r = Running(Slot.B);
            r.Previous = Slot.A;
            BootRecord c = BootLoader.Decide(r, true, false, 3, 10);
            Assert.AreEqual(Slot.A, c.Chosen);
            Assert.AreEqual(Slot.A, c.Active);
            Assert.AreEqual(Slot.Factory, BootLoader.Decide(c, false, false, 3, 10).Chosen);
        }

        [TestMethod]
        public void A_crash_loop_of_a_confirmed_slot_goes_back_to_the_previous_slot()
        {
            BootRecord r = Running(Slot.B);
            r.Previous = Slot.A;
            for (int boot = 1; boot <= 10; boot++)
            {
                BootRecord c = BootLoader.Decide(r, true, true, 3, 10);
                Assert.AreEqual(Slot.B, c.Chosen, "boot " + boot);
                r = c;
            }

            BootRecord back = BootLoader.Decide(r, true, true, 3, 10);
            Assert.AreEqual(Slot.A, back.Chosen);
            Assert.AreEqual(Slot.B, back.Previous);
            Assert.IsTrue(back.Reason.IndexOf("crash loop") >= 0, back.Reason);
        }
    }
}
