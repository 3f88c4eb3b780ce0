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
                    return Row(id, 0);
                case Esp32S3DevkitC:
                    return Row(id, 1);
                case Esp32S3Dual:
                    BoardDefinition b = Row(id, 3);
                    b.MoreConnectors = new BoardDefinition[] { Row(id, 2) };
                    return b;
                default:
                    return null;
            }
        }

        // One row per connector pin map, columns in BoardDefinition's index order: relay, relay feedback, CP PWM,
        // CP ADC pin, CP ADC channel, PP ADC pin, PP ADC channel, RCD, SPI MOSI, MISO, clock, meter chip-select,
        // LEDs power, charging, fault; then the highest ADC1 channel, the fixed cable rating (0: PP is read), the CP's
        // LEDC output and the console's TX and RX.
        // 0: ESP32-WROVER-E DevKitC (ESP32-DevKitC-VE), 4 MB PSRAM. Wiring: boards/esp32-wrover-devkit.md. ADC1 only
        //    (GPIO 32–39); GPIO 16/17 belong to the PSRAM.
        // 1: ESP32-S3-DevKitC-1 N16R8 (ESP32-S3-WROOM-1, 8 MB octal PSRAM). Wiring: boards/esp32-s3-devkitc-1.md.
        //    ADC1 = GPIO 1–10; GPIO 35–37 belong to the octal PSRAM. Also connector 1 of esp32-s3-dual.
        // 2: connector 2 of esp32-s3-dual (ESP32-S3-DevKitC-1 N16R8, two connectors, two ATM90E32 on one SPI bus;
        //    boards/esp32-s3-dual.md): ADC1 GPIO 4/5, its own LEDC output (PWM2), its ATM90E32 on the shared SPI bus
        //    with its own chip-select (GPIO 9; connector 1's is 10), no power LED of its own. No strapping pin
        //    (0, 3, 45, 46) and no octal-PSRAM pin (35-37) is used.
        // 3: connector 1 of esp32-s3-dual: row 1 but the console on GPIO 47/39, as GPIO 4/5 are connector 2's ADC inputs
        //    and no other pair is free: the power LED gives up GPIO 39 (wire it to 3V3).
        //    0: 26, 34, 25, 36, 0, 39, 3, 35, 23, 19, 18, 5, 21, 22, 27, 7, 0, 1, 4, 13
        //    1: 15, 16, 17, 1, 0, 2, 1, 18, 11, 13, 12, 10, 39, 40, 41, 9, 0, 1, 4, 5
        //    2: 21, 6, 14, 4, 3, 5, 4, 42, 11, 13, 12, 9, -1, 7, 8, 9, 0, 2, -1, -1
        //    3: 15, 16, 17, 1, 0, 2, 1, 18, 11, 13, 12, 10, -1, 40, 41, 9, 0, 1, 47, 39
        // stored one char per number, the number + '0' (so -1 is '/'; printable ASCII): a string literal costs its
        // characters, an int[] initialiser a static field, a class constructor, helper types and a 64-character data name.
        private const string PinTable =
            "JRIT0W3SGCB5EFK7014="
            + "?@A1021B;=<:WXY90145"
            + "E6>4354Z;=<9/78902//"
            + "?@A1021B;=<:/XY901_W";

        private static BoardDefinition Row(string id, int row)
        {
            var pins = new int[BoardDefinition.PinCount];
            for (int i = 0; i < pins.Length; i++)
            {
                pins[i] = PinTable[row * BoardDefinition.PinCount + i] - '0';
            }

            return new BoardDefinition(id, pins);
        }
    }
}
