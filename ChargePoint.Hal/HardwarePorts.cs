using ChargePoint.Hal.Boards;

namespace ChargePoint.Hal
{
    /// <summary>
    /// Everything the charger drivers need from a board, as HAL interfaces. The ESP32 firmware fills it from
    /// the platform adapters, the host simulator and the tests from <c>SimulatedBoard.Ports</c>.
    /// Optional parts are null (no PP on a fixed-cable charger, no feedback contact, no LEDs).
    /// </summary>
    public sealed class HardwarePorts
    {
        public HardwarePorts(BoardDefinition board, IMonotonicClock clock, IUtcClock utcClock, IStorage storage)
        {
            Board = board;
            Clock = clock;
            UtcClock = utcClock;
            Storage = storage;
        }

        public BoardDefinition Board { get; }

        public IMonotonicClock Clock { get; }

        public IUtcClock UtcClock { get; }

        public IStorage Storage { get; }

        public IDigitalOutput? Relay { get; set; }

        public IDigitalInput? RelayFeedback { get; set; }

        public IPwmChannel? CpPwm { get; set; }

        public IAdcChannel? CpAdc { get; set; }

        public IAdcChannel? PpAdc { get; set; }

        public IDigitalInput? RcdTrip { get; set; }

        public ISpiDevice? MeterSpi { get; set; }

        public IDigitalOutput? LedPower { get; set; }

        public IDigitalOutput? LedCharging { get; set; }

        public IDigitalOutput? LedFault { get; set; }

        public ISerialLine? Serial { get; set; }

        /// <summary>The ports of connectors 2..N (same clock and storage, their own pins); empty on one connector.</summary>
        public HardwarePorts[] MoreConnectors { get; set; } = new HardwarePorts[0];

        /// <summary>The ports of connector 1..N (1 = this object).</summary>
        public HardwarePorts ConnectorPorts(int connectorId)
        {
            return connectorId == 1 ? this : MoreConnectors[connectorId - 2];
        }
    }
}
