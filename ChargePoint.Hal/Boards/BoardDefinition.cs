namespace ChargePoint.Hal.Boards
{
    /// <summary>
    /// Pin map and analogue front-end constants of one controller board (see boards/*.md for the wiring).
    /// The pin map is a table, <see cref="Pins"/>, indexed by the constants below (a table, not 18 fields: each field
    /// is a row and a name in the .pe, and in every assembly that reads it). GPIO numbers are the chip's logical
    /// numbers; -1 means "not fitted". ADC inputs are given both as the GPIO (for documentation and pin-function
    /// set-up) and as nanoFramework's logical ADC channel.
    /// </summary>
    public sealed class BoardDefinition
    {
        // Indices into Pins.
        public const int RelayPin = 0;
        public const int RelayFeedbackPin = 1;
        public const int CpPwmPin = 2;
        public const int CpAdcPin = 3;
        public const int CpAdcChannel = 4;
        public const int PpAdcPin = 5;
        public const int PpAdcChannel = 6;
        public const int RcdPin = 7;
        public const int SpiMosiPin = 8;
        public const int SpiMisoPin = 9;
        public const int SpiClockPin = 10;
        public const int MeterCsPin = 11;
        public const int LedPowerPin = 12;
        public const int LedChargingPin = 13;
        public const int LedFaultPin = 14;

        /// <summary>Highest nanoFramework ADC channel number that is on ADC1 (usable while Wi-Fi is on).</summary>
        public const int MaxAdc1Channel = 15;

        /// <summary>Rating of a captive cable when the board has no PP input (0 = socket, PP is read).</summary>
        public const int FixedCableAmps = 16;

        /// <summary>LEDC output of this connector's CP PWM (1 = nanoFramework PWM1, 2 = PWM2): one per connector.</summary>
        public const int CpPwmOutput = 17;

        /// <summary>The technician console's UART (nanoFramework COM2): one pair per board, on its first connector's row
        /// (-1 on the others).</summary>
        public const int ConsoleTxPin = 18;
        public const int ConsoleRxPin = 19;

        /// <summary>Entries of <see cref="Pins"/>.</summary>
        public const int PinCount = 20;

        public BoardDefinition(string id, int[] pins)
        {
            Id = id;
            Pins = pins;
        }

        public readonly string Id;

        /// <summary>
        /// GPIO numbers and ADC channels by the index constants (<see cref="RelayPin"/>...; -1: not fitted), then the
        /// connector's numbers <see cref="MaxAdc1Channel"/>, <see cref="FixedCableAmps"/> and <see cref="CpPwmOutput"/>.
        /// </summary>
        public readonly int[] Pins;

        // The same on every supported board, hence constants (free in the .pe); make one a field when a board differs.
        public const bool RelayActiveHigh = true;

        /// <summary>Feedback contact closed reads low (opto to GND with pull-up).</summary>
        public const bool RelayFeedbackActiveHigh = false;
        public const bool RcdActiveHigh = true;
        public const int SpiBus = 1;
        public const int MeterSpiClockHz = 200000;

        /// <summary>ADC input range at 11/12 dB attenuation.</summary>
        public const int AdcFullScaleMillivolts = 3100;

        /// <summary>ADC pin voltage when CP is at 0 V (the front end's offset).</summary>
        public const int CpZeroMillivolts = 1400;

        /// <summary>ADC millivolts per CP volt (the front end's divider): ±12 V maps to 1400 ± 1080 mV.</summary>
        public const int CpMillivoltsPerVolt = 90;

        /// <summary>PP sense: pull-up from this supply through this resistor, PP-PE cable resistor to ground.</summary>
        public const int PpSupplyMillivolts = 3300;
        public const int PpPullUpOhms = 1000;

        /// <summary>
        /// Connectors 2..N: the same kind of definition, whose per-connector pins (relay, feedback, CP, PP, RCD, meter
        /// chip-select, charging/fault LEDs) are that connector's. The fields above are connector 1's; shared parts
        /// (SPI bus pins, power LED) are set once there. Empty on a single-connector board.
        /// </summary>
        public BoardDefinition[] MoreConnectors = new BoardDefinition[0];

        /// <summary>Connectors on this board (NumberOfConnectors).</summary>
        public int ConnectorCount
        {
            get { return 1 + MoreConnectors.Length; }
        }
    }
}
