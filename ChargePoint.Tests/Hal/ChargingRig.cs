using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Hal
{
    /// <summary>A simulated board with the controller attached, brought to a running charge session.</summary>
    internal sealed class ChargingRig
    {
        public ChargingRig()
            : this(new SimulatedBoard())
        {
        }

        public ChargingRig(SimulatedBoard board)
        {
            Board = board;
            Evse = board.CreateController();
            board.AdvanceMs(100);
        }

        public SimulatedBoard Board { get; }

        public EvseController Evse { get; }

        /// <summary>Plug (32 A cable), EV requests, 32 A offered; returns once the contacts are closed.</summary>
        public ChargingRig StartCharging()
        {
            Board.Plug(32);
            Board.EvRequestCharge();
            Evse.SetCurrentLimit(32);
            long t = Board.AdvanceUntil(() => Board.Relay.ContactsClosed, 3000);
            Assert.IsTrue(t >= 0, "contacts did not close");
            Board.AdvanceMs(1000);
            return this;
        }

        /// <summary>Advances until the contacts open; returns ms from reference to the opening, -1 if they stay closed.</summary>
        public long MsUntilContactsOpen(long referenceMs, long maxMs)
        {
            long t = Board.AdvanceUntil(() => !Board.Relay.ContactsClosed, maxMs);
            return t < 0 ? -1 : Board.Relay.ContactsOpenedAtMs - referenceMs;
        }
    }
}
