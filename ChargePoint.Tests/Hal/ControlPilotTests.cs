using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class ControlPilotTests
    {
        private static ControlPilot Build(SimulatedBoard board)
        {
            var cp = new ControlPilot(board.Pwm, board.CpAdc, board.PpAdc, board.Definition);
            board.Attach(cp.Tick);
            return cp;
        }

        // Advances until the filtered state is the expected one; returns the ms it took.
        private static long Detect(SimulatedBoard board, ControlPilot cp, PilotState expected)
        {
            long t = board.AdvanceUntil(() => cp.State == expected, 1000);
            Assert.IsTrue(t >= 0, "state " + ControlPilot.Name(expected) + " not detected, is " + ControlPilot.Name(cp.State));
            return t;
        }

        [TestMethod]
        public void Detects_A_B_C_B_A_within_50_ms_each()
        {
            var board = new SimulatedBoard();
            var cp = Build(board);
            Assert.IsTrue(Detect(board, cp, PilotState.A) <= 50);

            board.Plug(32);
            Assert.IsTrue(Detect(board, cp, PilotState.B) <= 50);
            Assert.AreEqual(32, cp.CableMaxAmps);

            board.EvRequestCharge();
            cp.SetOfferedCurrent(32);
            Assert.IsTrue(Detect(board, cp, PilotState.C) <= 50);
            Assert.IsTrue(cp.HighVolts > 5.5 && cp.HighVolts < 6.5, "C plateau " + cp.HighVolts);
            Assert.IsTrue(cp.LowVolts < -11.0, "negative plateau " + cp.LowVolts);

            board.EvPause();
            Assert.IsTrue(Detect(board, cp, PilotState.B) <= 50);
            board.Unplug();
            Assert.IsTrue(Detect(board, cp, PilotState.A) <= 50);
        }

        [TestMethod]
        public void Detects_D_E_and_its_own_F()
        {
            var board = new SimulatedBoard();
            var cp = Build(board);
            board.Plug(32);
            board.Ev.NeedsVentilation = true;
            board.EvRequestCharge();
            cp.SetOfferedCurrent(16);
            Detect(board, cp, PilotState.D);

            board.ShortCpToPe(true);
            Detect(board, cp, PilotState.E);
            board.ShortCpToPe(false);

            cp.StateF = true; // applied by the next tick
            Detect(board, cp, PilotState.F);
        }

        [TestMethod]
        public void States_hold_under_noise_and_spikes_without_spurious_changes()
        {
            var board = new SimulatedBoard(new SimulatedStorage(), new SimulatedClock(), ChargePoint.Hal.Boards.BoardCatalog.Default, 12345);
            board.SetCpNoise(60.0, 0.005); // ±0.67 V on CP, 0.5 % spikes of up to ±8.9 V
            var cp = new ControlPilot(board.Pwm, board.CpAdc, null, PilotDutyTests.FixedCable(board, 80));
            board.Attach(cp.Tick);
            board.Plug(32);
            board.EvRequestCharge();
            cp.SetOfferedCurrent(6); // 10 % duty: the shortest positive plateau
            Detect(board, cp, PilotState.C);
            int changes = 0; // filtered state changes seen after each tick
            PilotState seen = cp.State;
            board.Attach(nowMs =>
            {
                if (cp.State != seen)
                {
                    seen = cp.State;
                    changes++;
                }
            });
            board.AdvanceMs(20000);
            Assert.AreEqual((int)PilotState.C, (int)cp.State);
            Assert.AreEqual(0, changes, "state flickered under noise");

            cp.SetOfferedCurrent(80); // 96 %: the shortest negative plateau, diode check still passes
            PilotDutyTests.AssertNear(0.96, board.Pwm.DutyCycle);
            board.AdvanceMs(20000);
            Assert.AreEqual((int)PilotState.C, (int)cp.State);
            Assert.AreEqual(0, changes, "state flickered at 96 %");

            board.EvPause();
            Assert.IsTrue(Detect(board, cp, PilotState.B) <= 50);
        }

        [TestMethod]
        public void Resistor_tolerance_extremes_still_read_B_and_C()
        {
            foreach (double scale in new double[] { 0.70, 1.25 })
            {
                var board = new SimulatedBoard();
                var cp = Build(board);
                board.Ev.ResistorScale = scale;
                board.Plug(32);
                Detect(board, cp, PilotState.B);
                board.EvRequestCharge();
                cp.SetOfferedCurrent(32);
                Detect(board, cp, PilotState.C);
            }
        }

        [TestMethod]
        public void A_200_ms_C_pulse_is_not_filtered_out()
        {
            var board = new SimulatedBoard();
            var cp = Build(board);
            board.Plug(32);
            cp.SetOfferedCurrent(32);
            Detect(board, cp, PilotState.B);
            board.EvRequestCharge();
            board.AdvanceMs(200);
            board.EvPause();
            Assert.AreEqual((int)PilotState.C, (int)cp.State);
            Detect(board, cp, PilotState.B);
        }

        [TestMethod]
        public void Shorted_ev_diode_is_a_diode_fault_while_the_pwm_runs()
        {
            var board = new SimulatedBoard();
            var cp = Build(board);
            board.ShortEvDiode(true);
            board.Plug(32);
            Detect(board, cp, PilotState.B); // steady +12 V: no negative half-wave to check
            cp.SetOfferedCurrent(16);
            Assert.IsTrue(Detect(board, cp, PilotState.DiodeFault) <= 50);
            Assert.IsTrue(cp.LowVolts > -10.0, "loaded negative half-wave " + cp.LowVolts);

            board.ShortEvDiode(false);
            Detect(board, cp, PilotState.B);
        }

        [TestMethod]
        public void Cable_rating_caps_the_offered_current()
        {
            var cases = new int[] { 13, 20, 32, 63 };
            foreach (int cable in cases)
            {
                var board = new SimulatedBoard();
                var cp = Build(board);
                board.Plug(cable);
                cp.SetOfferedCurrent(80);
                board.AdvanceMs(50);
                Assert.AreEqual(cable, cp.CableMaxAmps);
                PilotDutyTests.AssertNear(cable, cp.OfferedAmps);
                PilotDutyTests.AssertNear(ControlPilot.PercentForAmps(cable) / 100.0, board.Pwm.DutyCycle);
                PilotDutyTests.AssertNear(cable, board.Ev.PilotLimitAmps);
            }
        }

        [TestMethod]
        public void Pp_band_edges_take_the_lower_rating_and_out_of_range_is_an_error()
        {
            Assert.AreEqual(0, ControlPilot.CableAmpsForOhms(50));
            Assert.AreEqual(63, ControlPilot.CableAmpsForOhms(100));
            Assert.AreEqual(32, ControlPilot.CableAmpsForOhms(150)); // between 63 A and 32 A ranges
            Assert.AreEqual(32, ControlPilot.CableAmpsForOhms(220));
            Assert.AreEqual(20, ControlPilot.CableAmpsForOhms(350));
            Assert.AreEqual(20, ControlPilot.CableAmpsForOhms(680));
            Assert.AreEqual(13, ControlPilot.CableAmpsForOhms(1000));
            Assert.AreEqual(13, ControlPilot.CableAmpsForOhms(2460));
            Assert.AreEqual(0, ControlPilot.CableAmpsForOhms(5000));
            Assert.AreEqual(0, ControlPilot.CableAmpsForOhms(double.PositiveInfinity));
        }

        [TestMethod]
        public void Broken_pp_offers_nothing()
        {
            var board = new SimulatedBoard();
            var cp = Build(board);
            board.Plug(32);
            board.PpAdc.CableOhms = 5000;
            cp.SetOfferedCurrent(32);
            board.AdvanceMs(50);
            Assert.AreEqual(0, cp.CableMaxAmps);
            PilotDutyTests.AssertNear(0.0, cp.OfferedAmps);
            PilotDutyTests.AssertNear(1.0, board.Pwm.DutyCycle);
        }
    }
}
