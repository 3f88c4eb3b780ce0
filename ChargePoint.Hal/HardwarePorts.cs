using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Hal
{
    /// <summary>
    /// Everything the charger drivers need from a board, as HAL interfaces. The ESP32 firmware fills it from
    /// the platform adapters, the host simulator and the tests from <c>SimulatedBoard.Ports</c>.
    /// Optional parts are null (no PP on a fixed-cable charger, no feedback contact, no LEDs).
    /// </summary>
    public sealed class HardwarePorts
    {
        public HardwarePorts(BoardDefinition board, IClock clock, IStorage storage)
        {
            Board = board;
            Clock = clock;
            Storage = storage;
        }

        public readonly BoardDefinition Board;

        public readonly IClock Clock;

        public readonly IStorage Storage;

        public IDigitalOutput Relay;

        public IDigitalInput RelayFeedback;

        public IPwmChannel CpPwm;

        public IAdcChannel CpAdc;

        public IAdcChannel PpAdc;

        public IDigitalInput RcdTrip;

        public ISpiDevice MeterSpi;

        public IDigitalOutput LedPower;

        public IDigitalOutput LedCharging;

        public IDigitalOutput LedFault;

        /// <summary>The ports of connectors 2..N (same clock and storage, their own pins); empty on one connector.</summary>
        public HardwarePorts[] MoreConnectors = new HardwarePorts[0];
    }
}
