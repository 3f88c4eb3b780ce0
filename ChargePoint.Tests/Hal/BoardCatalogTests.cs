using System.Collections;
using ChargePoint.Hal.Boards;
using nanoFramework.TestFramework;
using static ChargePoint.Hal.Boards.BoardDefinition;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class BoardCatalogTests
    {
        [TestMethod]
        public void Every_listed_board_is_found_and_unknown_ids_are_null()
        {
            foreach (string id in BoardCatalog.Ids())
            {
                var b = BoardCatalog.Find(id);
                Assert.IsNotNull(b);
                Assert.AreEqual(id, b!.Id);
            }

            Assert.IsNull(BoardCatalog.Find("no-such-board"));
            Assert.IsNotNull(BoardCatalog.Find(BoardCatalog.Default));
        }

        [TestMethod]
        public void Pin_maps_use_each_pin_once_adc1_only_and_no_reserved_pins()
        {
            foreach (string id in BoardCatalog.Ids())
            {
                var b = BoardCatalog.Find(id)!;
                var pins = new int[] { b.Pins[RelayPin], b.Pins[RelayFeedbackPin], b.Pins[CpPwmPin], b.Pins[CpAdcPin], b.Pins[PpAdcPin], b.Pins[RcdPin], b.Pins[SpiMosiPin], b.Pins[SpiMisoPin], b.Pins[SpiClockPin], b.Pins[MeterCsPin], b.Pins[LedPowerPin], b.Pins[LedChargingPin], b.Pins[LedFaultPin] };
                var seen = new Hashtable();
                foreach (int p in pins)
                {
                    if (p == b.Pins[LedPowerPin] && p < 0)
                    {
                        continue; // the power LED is optional (esp32-s3-dual gives its pin to the console)
                    }

                    Assert.IsTrue(p >= 0, id + ": pin missing");
                    Assert.IsFalse(seen.Contains(p), id + ": GPIO " + p + " used twice");
                    seen.Add(p, p);
                }

                Assert.IsTrue(b.Pins[CpAdcChannel] >= 0 && b.Pins[CpAdcChannel] <= b.Pins[MaxAdc1Channel], id + ": CP not on ADC1");
                Assert.IsTrue(b.Pins[PpAdcChannel] >= 0 && b.Pins[PpAdcChannel] <= b.Pins[MaxAdc1Channel], id + ": PP not on ADC1");
                foreach (int r in ReservedPins(id))
                {
                    Assert.IsFalse(seen.Contains(r), id + ": reserved GPIO " + r);
                }
            }
        }

        [TestMethod]
        public void The_dual_board_gives_each_connector_its_own_pins_ADC1_inputs_and_LEDC_output()
        {
            var b = BoardCatalog.Find(BoardCatalog.Esp32S3Dual)!;
            Assert.AreEqual(2, b.ConnectorCount);
            var seen = new Hashtable();
            foreach (int p in new int[] { b.Pins[SpiMosiPin], b.Pins[SpiMisoPin], b.Pins[SpiClockPin] })
            {
                seen.Add(p, p);
            }

            var outputs = new Hashtable();
            for (int c = 0; c < b.ConnectorCount; c++)
            {
                BoardDefinition d = c == 0 ? b : b.MoreConnectors[c - 1];
                var pins = new int[] { d.Pins[RelayPin], d.Pins[RelayFeedbackPin], d.Pins[CpPwmPin], d.Pins[CpAdcPin], d.Pins[PpAdcPin], d.Pins[RcdPin], d.Pins[MeterCsPin], d.Pins[LedChargingPin], d.Pins[LedFaultPin] };
                foreach (int p in pins)
                {
                    Assert.IsTrue(p >= 0, "connector " + (c + 1) + ": pin missing");
                    Assert.IsFalse(seen.Contains(p), "GPIO " + p + " used twice");
                    seen.Add(p, p);
                    foreach (int strapping in new int[] { 0, 3, 45, 46, 19, 20, 35, 36, 37, 43, 44 })
                    {
                        Assert.IsFalse(p == strapping, "connector " + (c + 1) + ": strapping/reserved GPIO " + p);
                    }
                }

                // ESP32-S3 ADC1 = GPIO 1..10 = nanoFramework channels 0..9 (ADC2 is unusable with Wi-Fi on).
                Assert.AreEqual(d.Pins[CpAdcPin] - 1, d.Pins[CpAdcChannel]);
                Assert.AreEqual(d.Pins[PpAdcPin] - 1, d.Pins[PpAdcChannel]);
                Assert.IsTrue(d.Pins[CpAdcChannel] <= b.Pins[MaxAdc1Channel] && d.Pins[PpAdcChannel] <= b.Pins[MaxAdc1Channel]);
                Assert.IsFalse(outputs.Contains(d.Pins[CpPwmOutput]), "one LEDC output per connector");
                outputs.Add(d.Pins[CpPwmOutput], c);
            }

            // One SPI bus (BoardDefinition.SpiBus, the same for every connector), a chip-select per meter.
            Assert.IsFalse(b.Pins[MeterCsPin] == b.MoreConnectors[0].Pins[MeterCsPin], "a chip-select per meter");
        }

        [TestMethod]
        public void The_console_UART_uses_two_pins_no_connector_of_its_board_uses()
        {
            int[] gpioIndices = { RelayPin, RelayFeedbackPin, CpPwmPin, CpAdcPin, PpAdcPin, RcdPin, SpiMosiPin, SpiMisoPin, SpiClockPin, MeterCsPin, LedPowerPin, LedChargingPin, LedFaultPin };
            foreach (string id in BoardCatalog.Ids())
            {
                var b = BoardCatalog.Find(id)!;
                var used = new Hashtable();
                for (int c = 0; c < b.ConnectorCount; c++)
                {
                    BoardDefinition d = c == 0 ? b : b.MoreConnectors[c - 1];
                    foreach (int i in gpioIndices)
                    {
                        if (d.Pins[i] >= 0 && !used.Contains(d.Pins[i]))
                        {
                            used.Add(d.Pins[i], i);
                        }
                    }
                }

                int tx = b.Pins[ConsoleTxPin], rx = b.Pins[ConsoleRxPin];
                Assert.IsTrue(tx >= 0 && rx >= 0 && tx != rx, id + ": console pins");
                Assert.IsFalse(used.Contains(tx), id + ": console TX on GPIO " + tx + ", used by the charger");
                Assert.IsFalse(used.Contains(rx), id + ": console RX on GPIO " + rx + ", used by the charger");
                foreach (int r in ReservedPins(id))
                {
                    Assert.IsFalse(tx == r || rx == r, id + ": console on reserved GPIO " + r);
                }
            }
        }

        [TestMethod]
        public void Pin_tables_are_the_wired_pins_of_boards_md()
        {
            // relay, feedback, CP PWM, CP ADC pin/channel, PP ADC pin/channel, RCD, MOSI, MISO, SCLK, meter CS, LEDs power/charging/fault,
            // highest ADC1 channel, fixed cable amps, CP LEDC output, console TX/RX
            AssertPins(new int[] { 26, 34, 25, 36, 0, 39, 3, 35, 23, 19, 18, 5, 21, 22, 27, 7, 0, 1, 4, 13 }, BoardCatalog.Find(BoardCatalog.Esp32WroverDevkit)!);
            AssertPins(new int[] { 15, 16, 17, 1, 0, 2, 1, 18, 11, 13, 12, 10, 39, 40, 41, 9, 0, 1, 4, 5 }, BoardCatalog.Find(BoardCatalog.Esp32S3DevkitC)!);
            var dual = BoardCatalog.Find(BoardCatalog.Esp32S3Dual)!;
            AssertPins(new int[] { 15, 16, 17, 1, 0, 2, 1, 18, 11, 13, 12, 10, -1, 40, 41, 9, 0, 1, 47, 39 }, dual);
            AssertPins(new int[] { 21, 6, 14, 4, 3, 5, 4, 42, 11, 13, 12, 9, -1, 7, 8, 9, 0, 2, -1, -1 }, dual.MoreConnectors[0]);
            Assert.AreEqual(7, BoardCatalog.Find(BoardCatalog.Esp32WroverDevkit)!.Pins[MaxAdc1Channel]);
            Assert.AreEqual(9, dual.Pins[MaxAdc1Channel]);
            Assert.AreEqual(9, dual.MoreConnectors[0].Pins[MaxAdc1Channel]);
            Assert.AreEqual(1, dual.Pins[CpPwmOutput]);
            Assert.AreEqual(2, dual.MoreConnectors[0].Pins[CpPwmOutput]);
            Assert.AreEqual(BoardCatalog.Esp32S3Dual, dual.MoreConnectors[0].Id);

            // Each call builds a fresh definition: changing one does not change the catalog.
            BoardCatalog.Find(BoardCatalog.Esp32WroverDevkit)!.Pins[RelayPin] = 99;
            Assert.AreEqual(26, BoardCatalog.Find(BoardCatalog.Esp32WroverDevkit)!.Pins[RelayPin]);
        }

        /// <summary>GPIOs no charger or console pin may use (boards/*.md): on the WROVER UART0 and the flash/PSRAM pins; on the
        /// S3 the straps, USB, flash, octal PSRAM, UART0 and the RGB LED (38 or 48 by board revision).</summary>
        private static int[] ReservedPins(string id)
        {
            return id == BoardCatalog.Esp32WroverDevkit ? new int[] { 1, 3, 6, 7, 8, 9, 10, 11, 16, 17 }
                : new int[] { 0, 3, 19, 20, 26, 27, 28, 29, 30, 31, 32, 35, 36, 37, 38, 43, 44, 45, 46, 48 };
        }

        private static void AssertPins(int[] expected, BoardDefinition board)
        {
            Assert.AreEqual(PinCount, board.Pins.Length);
            for (int i = 0; i < PinCount; i++)
            {
                Assert.AreEqual(expected[i], board.Pins[i], board.Id + " pin index " + i);
            }
        }
    }
}
