using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class PilotDutyTests
    {
        [TestMethod]
        public void Evse_duty_follows_both_formulas_and_clamps()
        {
            AssertNear(10.0, ControlPilot.PercentForAmps(6));
            AssertNear(16.0 / 0.6, ControlPilot.PercentForAmps(16));
            AssertNear(53.3333333, ControlPilot.PercentForAmps(32));
            AssertNear(85.0, ControlPilot.PercentForAmps(51));
            AssertNear(85.0, ControlPilot.PercentForAmps(51.7)); // undefined gap → 51 A
            AssertNear(85.0, ControlPilot.PercentForAmps(52.5));
            AssertNear(88.0, ControlPilot.PercentForAmps(60));
            AssertNear(89.2, ControlPilot.PercentForAmps(63));
            AssertNear(96.0, ControlPilot.PercentForAmps(80));
            AssertNear(96.0, ControlPilot.PercentForAmps(100)); // clamped to 80 A
            AssertNear(100.0, ControlPilot.PercentForAmps(5.9)); // below 6 A: no PWM
            AssertNear(100.0, ControlPilot.PercentForAmps(0));
            AssertNear(100.0, ControlPilot.PercentForAmps(-3));
            AssertNear(100.0, ControlPilot.PercentForAmps(double.NaN));
        }

        [TestMethod]
        public void Ev_reading_of_every_evse_duty_gives_back_the_current()
        {
            for (double a = 6.0; a <= 80.0; a += 0.25)
            {
                double expected = a > 51.0 && a <= 52.5 ? 51.0 : a;
                AssertNear(expected, SimulatedEv.AmpsForPercent(ControlPilot.PercentForAmps(a)));
            }
        }

        [TestMethod]
        public void Ev_side_treats_out_of_range_duties_as_no_current()
        {
            AssertNear(0.0, SimulatedEv.AmpsForPercent(5.0));
            AssertNear(0.0, SimulatedEv.AmpsForPercent(7.9));
            AssertNear(4.8, SimulatedEv.AmpsForPercent(8.0));
            AssertNear(80.0, SimulatedEv.AmpsForPercent(96.5));
            AssertNear(0.0, SimulatedEv.AmpsForPercent(97.0));
            AssertNear(0.0, SimulatedEv.AmpsForPercent(100.0));
        }

        [TestMethod]
        public void Control_pilot_drives_1kHz_and_the_duty_of_the_offered_current()
        {
            var board = new SimulatedBoard();
            var cp = new ControlPilot(board.Pwm, board.CpAdc, null, FixedCable(board, 80));
            Assert.AreEqual(1000, board.Pwm.FrequencyHz);
            Assert.IsTrue(board.Pwm.IsRunning);
            AssertNear(1.0, board.Pwm.DutyCycle); // no current: steady +12 V
            Assert.IsFalse(cp.IsPwmOn);

            cp.SetOfferedCurrent(16);
            AssertNear(16.0 / 60.0, board.Pwm.DutyCycle);
            AssertNear(16.0, cp.OfferedAmps);
            Assert.IsTrue(cp.IsPwmOn);

            cp.SetOfferedCurrent(120);
            AssertNear(0.96, board.Pwm.DutyCycle);
            AssertNear(80.0, cp.OfferedAmps);

            cp.SetOfferedCurrent(3);
            AssertNear(1.0, board.Pwm.DutyCycle);
            AssertNear(0.0, cp.OfferedAmps);

            cp.StateF = true;
            cp.SetOfferedCurrent(3); // applies it
            AssertNear(0.0, board.Pwm.DutyCycle); // steady −12 V
            Assert.IsFalse(cp.IsPwmOn);
        }

        internal static ChargePoint.Hal.Boards.BoardDefinition FixedCable(SimulatedBoard board, int amps)
        {
            var def = ChargePoint.Hal.Boards.BoardCatalog.Find(board.Definition.Id)!;
            def.Pins[ChargePoint.Hal.Boards.BoardDefinition.FixedCableAmps] = amps;
            return def;
        }

        internal static void AssertNear(double expected, double actual)
        {
            Assert.IsTrue(actual > expected - 1e-6 && actual < expected + 1e-6, "expected " + expected + " got " + actual);
        }
    }
}
