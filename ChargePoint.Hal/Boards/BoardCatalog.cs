namespace ChargePoint.Hal.Boards
{
    /// <summary>The known board pin maps, looked up by the "board" setting. Each call builds a fresh definition.</summary>
    public static class BoardCatalog
    {
        public const string Esp32WroverDevkit = "esp32-wrover-devkit";
        public const string Esp32S3DevkitC = "esp32-s3-devkitc-1";
        public const string Esp32S3Dual = "esp32-s3-dual";
        public const string Default = Esp32WroverDevkit;

        public static string[] Ids()
        {
            return new string[] { Esp32WroverDevkit, Esp32S3DevkitC, Esp32S3Dual };
        }

        /// <summary>The board with this id (case-sensitive), or null when unknown.</summary>
        public static BoardDefinition Find(string id)
        {
            switch (id)
            {
                case Esp32WroverDevkit:
                    return WroverDevkit();
                case Esp32S3DevkitC:
                    return S3DevkitC();
                case Esp32S3Dual:
                    return S3Dual();
                default:
                    return null;
            }
        }

        // ESP32-WROVER-E DevKitC (ESP32-DevKitC-VE), 4 MB PSRAM. Wiring: boards/esp32-wrover-devkit.md.
        // ADC1 only (GPIO 32–39); GPIO 16/17 belong to the PSRAM.
        private static BoardDefinition WroverDevkit()
        {
            var b = new BoardDefinition();
            b.Id = Esp32WroverDevkit;
            b.MaxAdc1Channel = 7;
            b.RelayPin = 26;
            b.RelayFeedbackPin = 34;
            b.CpPwmPin = 25;
            b.CpAdcPin = 36;
            b.CpAdcChannel = 0;
            b.PpAdcPin = 39;
            b.PpAdcChannel = 3;
            b.RcdPin = 35;
            b.SpiMosiPin = 23;
            b.SpiMisoPin = 19;
            b.SpiClockPin = 18;
            b.MeterCsPin = 5;
            b.LedPowerPin = 21;
            b.LedChargingPin = 22;
            b.LedFaultPin = 27;
            return b;
        }

        // ESP32-S3-DevKitC-1 N16R8 (ESP32-S3-WROOM-1, 8 MB octal PSRAM). Wiring: boards/esp32-s3-devkitc-1.md.
        // ADC1 = GPIO 1–10; GPIO 35–37 belong to the octal PSRAM.
        private static BoardDefinition S3DevkitC()
        {
            var b = new BoardDefinition();
            b.Id = Esp32S3DevkitC;
            b.MaxAdc1Channel = 9;
            b.RelayPin = 15;
            b.RelayFeedbackPin = 16;
            b.CpPwmPin = 17;
            b.CpAdcPin = 1;
            b.CpAdcChannel = 0;
            b.PpAdcPin = 2;
            b.PpAdcChannel = 1;
            b.RcdPin = 18;
            b.SpiMosiPin = 11;
            b.SpiMisoPin = 13;
            b.SpiClockPin = 12;
            b.MeterCsPin = 10;
            b.LedPowerPin = 39;
            b.LedChargingPin = 40;
            b.LedFaultPin = 41;
            return b;
        }

        // ESP32-S3-DevKitC-1 N16R8, two connectors, two ATM90E32 on one SPI bus. Wiring: boards/esp32-s3-dual.md.
        // Connector 1 = the S3 DevKitC-1 map; connector 2 on ADC1 GPIO 4/5, its own LEDC output (PWM2), one ATM90E32 per connector on the shared SPI bus with separate chip-selects (GPIO 10, 9).
        // No strapping pin (0, 3, 45, 46) and no octal-PSRAM pin (35-37) is used.
        private static BoardDefinition S3Dual()
        {
            var b = S3DevkitC();
            b.Id = Esp32S3Dual;
            var c2 = S3DevkitC();
            c2.Id = Esp32S3Dual;
            c2.RelayPin = 21;
            c2.RelayFeedbackPin = 6;
            c2.CpPwmPin = 14;
            c2.CpPwmOutput = 2;
            c2.CpAdcPin = 4;
            c2.CpAdcChannel = 3;
            c2.PpAdcPin = 5;
            c2.PpAdcChannel = 4;
            c2.RcdPin = 42;
            c2.MeterCsPin = 9;
            c2.LedPowerPin = -1;
            c2.LedChargingPin = 7;
            c2.LedFaultPin = 8;
            b.MoreConnectors = new BoardDefinition[] { c2 };
            return b;
        }
    }
}
