using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class SimulatedBoardTests
    {
        [TestMethod]
        public void Full_session_plug_charge_pause_unplug_moves_energy_into_the_meter()
        {
            var board = new SimulatedBoard();
            var evse = board.CreateController();
            board.AdvanceMs(200);
            Assert.AreEqual((int)PilotState.A, (int)evse.Pilot.State);
            Assert.AreEqual(MeterStatus.Running, evse.Meter!.Status);

            board.Plug(32);
            board.EvRequestCharge();
            board.AdvanceMs(100);
            Assert.AreEqual((int)PilotState.B, (int)evse.Pilot.State, "no PWM yet: the EV waits in B");
            Assert.IsFalse(board.Relay.ContactsClosed);

            evse.SetCurrentLimit(32);
            board.AdvanceMs(200);
            Assert.AreEqual((int)PilotState.C, (int)evse.Pilot.State);
            Assert.IsTrue(board.Relay.ContactsClosed);
            Assert.IsTrue(board.LedCharging.Value);

            board.AdvanceMs(60000);
            double wh = evse.Meter.EnergyActiveImportWh;
            // The EV wants 7.4 kW (32.2 A) but honours the 32 A pilot: 7360 W, 122.7 Wh in a minute; the driver
            // polls once a second, so it may lag by one poll (2.05 Wh).
            Assert.AreEqual(32.0, evse.Meter.Amps[0]);
            Assert.IsTrue(wh > 7360.0 / 60 - 2.1 && wh < 7360.0 / 60 + 0.1, "got " + wh);

            board.EvPause();
            board.AdvanceMs(100);
            Assert.AreEqual((int)PilotState.B, (int)evse.Pilot.State);
            Assert.IsFalse(board.Relay.ContactsClosed);

            board.Unplug();
            board.AdvanceMs(100);
            Assert.AreEqual((int)PilotState.A, (int)evse.Pilot.State);
            Assert.AreEqual((int)HalFaults.None, (int)evse.Faults.Active);
        }
    }
}
