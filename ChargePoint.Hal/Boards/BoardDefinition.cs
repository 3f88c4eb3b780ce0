namespace ChargePoint.Hal.Boards
{
    /// <summary>
    /// Pin map and analogue front-end constants of one controller board (see boards/*.md for the wiring).
    /// GPIO numbers are the chip's logical numbers; -1 means "not fitted". ADC inputs are given both as the
    /// GPIO (for documentation and pin-function set-up) and as nanoFramework's logical ADC channel.
    /// </summary>
    public sealed class BoardDefinition
    {
        public string Id = "";

        /// <summary>Highest nanoFramework ADC channel number that is on ADC1 (usable while Wi-Fi is on).</summary>
        public int MaxAdc1Channel = 7;

        public int RelayPin = -1;
        public int RelayFeedbackPin = -1;
        public int CpPwmPin = -1;
        public int CpAdcPin = -1;
        public int CpAdcChannel = -1;
        public int PpAdcPin = -1;
        public int PpAdcChannel = -1;
        public int RcdPin = -1;
        public int SpiMosiPin = -1;
        public int SpiMisoPin = -1;
        public int SpiClockPin = -1;
        public int MeterCsPin = -1;
        public int LedPowerPin = -1;
        public int LedChargingPin = -1;
        public int LedFaultPin = -1;

        /// <summary>Rating of a captive cable when the board has no PP input (0 = socket, PP is read).</summary>
        public int FixedCableAmps;

        /// <summary>LEDC output of this connector's CP PWM (1 = nanoFramework PWM1, 2 = PWM2): one per connector.</summary>
        public int CpPwmOutput = 1;

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
