using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Simulation;
using ChargePoint.Hal.Metering;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    /// <summary>
    /// NaN never offers current, never closes the contactor and never hides a fault. On the nanoCLR NaN compares
    /// greater than every number (on .NET every comparison is false), so the code checks double.IsNaN first and
    /// these outcomes hold on both runtimes.
    /// </summary>
    [TestClass]
    public class NaNSafetyTests
    {
        [TestMethod]
        public void PercentForAmps_of_NaN_is_no_PWM()
        {
            Assert.AreEqual(ControlPilot.NoPwmPercent, ControlPilot.PercentForAmps(double.NaN));
            Assert.AreEqual(ControlPilot.NoPwmPercent, ControlPilot.PercentForAmps(double.NegativeInfinity));
            Assert.AreEqual(96.0, ControlPilot.PercentForAmps(double.PositiveInfinity), "no limit is clamped to 80 A");
            Assert.AreEqual(0.0, SimulatedEv.AmpsForPercent(double.NaN), "an EV reads a NaN duty as nothing offered");
        }

        [TestMethod]
        public void Pilot_offering_NaN_amps_stops_the_PWM()
        {
            var rig = new ChargingRig().StartCharging();
            Assert.IsTrue(rig.Evse.Pilot.IsPwmOn);
            rig.Evse.Pilot.SetOfferedCurrent(double.NaN);
            Assert.IsFalse(rig.Evse.Pilot.IsPwmOn);
            Assert.AreEqual(0.0, rig.Evse.Pilot.OfferedAmps);
            Assert.AreEqual(1.0, rig.Board.Pwm.DutyCycle, "steady +12 V");
        }

        [TestMethod]
        public void A_NaN_current_limit_offers_nothing_and_opens_the_contactor()
        {
            var rig = new ChargingRig().StartCharging();
            rig.Evse.SetCurrentLimit(double.NaN);
            rig.Board.AdvanceMs(100);
            Assert.IsFalse(rig.Evse.Pilot.IsPwmOn);
            Assert.AreEqual(0.0, rig.Evse.Pilot.OfferedAmps);
            Assert.IsTrue(rig.MsUntilContactsOpen(rig.Board.NowMs, 10000) >= 0, "the contactor opens after the grace time");
        }

        [TestMethod]
        public void A_NaN_current_reading_cannot_hide_an_over_current()
        {
            var monitor = new FaultMonitor(null, new EvseSettings(), null, null);
            for (long t = 0; t <= 7000; t += 100)
            {
                monitor.Tick(t, PilotState.C, 16, double.NaN, double.NaN, HalFaults.None);
            }

            Assert.IsTrue(monitor.Has(HalFaults.OverCurrent), "an unknown reading counts as over the limit");
        }

        [TestMethod]
        public void Max_phase_current_with_a_NaN_phase_is_NaN_not_the_others()
        {
            var r = new Atm90e32(new SimulatedAtm90e32(), new SimulatedStorage(), new EvseSettings());
            r.Amps[0] = 10;
            r.Amps[1] = double.NaN;
            r.Amps[2] = 5;
            Assert.IsTrue(double.IsNaN(r.MaxAmps));
            r.Amps[1] = 12;
            Assert.AreEqual(12.0, r.MaxAmps);
        }

        [TestMethod]
        public void NaN_pilot_and_proximity_readings_offer_nothing()
        {
            Assert.AreEqual(0, ControlPilot.CableAmpsForOhms(double.NaN));
            Assert.IsTrue(double.IsPositiveInfinity(ControlPilot.OhmsForMillivolts(double.NaN, 3300, 1000)), "reads as no cable");
            Assert.AreEqual(PilotState.Invalid, ControlPilot.Classify(double.NaN, -12.0, false));
            Assert.AreEqual(PilotState.Invalid, ControlPilot.Classify(9.0, double.NaN, true));
        }

        [TestMethod]
        public void OrZero_and_Min_treat_NaN_as_nothing()
        {
            Assert.AreEqual(0.0, ControlPilot.OrZero(double.NaN));
            Assert.AreEqual(0.0, ControlPilot.OrZero(-3));
            Assert.AreEqual(16.0, ControlPilot.OrZero(16));
            Assert.AreEqual(0.0, ControlPilot.Min(double.NaN, 16));
            Assert.AreEqual(0.0, ControlPilot.Min(16, double.NaN));
            Assert.AreEqual(6.0, ControlPilot.Min(16, 6));
        }
    }
}
