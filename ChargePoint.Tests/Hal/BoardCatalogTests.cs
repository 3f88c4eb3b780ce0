using System.Collections;
using ChargePoint.Hal.Boards;
using nanoFramework.TestFramework;

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
                var pins = new int[] { b.RelayPin, b.RelayFeedbackPin, b.CpPwmPin, b.CpAdcPin, b.PpAdcPin, b.RcdPin, b.SpiMosiPin, b.SpiMisoPin, b.SpiClockPin, b.MeterCsPin, b.LedPowerPin, b.LedChargingPin, b.LedFaultPin };
                var seen = new Hashtable();
                foreach (int p in pins)
                {
                    Assert.IsTrue(p >= 0, id + ": pin missing");
                    Assert.IsFalse(seen.Contains(p), id + ": GPIO " + p + " used twice");
                    seen.Add(p, p);
                }

                Assert.IsTrue(b.CpAdcChannel >= 0 && b.CpAdcChannel <= b.MaxAdc1Channel, id + ": CP not on ADC1");
                Assert.IsTrue(b.PpAdcChannel >= 0 && b.PpAdcChannel <= b.MaxAdc1Channel, id + ": PP not on ADC1");
                int[] reserved = id == BoardCatalog.Esp32WroverDevkit ? new int[] { 1, 3, 6, 7, 8, 9, 10, 11, 16, 17 } : new int[] { 19, 20, 26, 27, 28, 29, 30, 31, 32, 35, 36, 37, 43, 44 };
                foreach (int r in reserved)
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
            foreach (int p in new int[] { b.SpiMosiPin, b.SpiMisoPin, b.SpiClockPin, b.LedPowerPin })
            {
                seen.Add(p, p);
            }

            var outputs = new Hashtable();
            for (int c = 0; c < b.ConnectorCount; c++)
            {
                BoardDefinition d = c == 0 ? b : b.MoreConnectors[c - 1];
                var pins = new int[] { d.RelayPin, d.RelayFeedbackPin, d.CpPwmPin, d.CpAdcPin, d.PpAdcPin, d.RcdPin, d.MeterCsPin, d.LedChargingPin, d.LedFaultPin };
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
                Assert.AreEqual(d.CpAdcPin - 1, d.CpAdcChannel);
                Assert.AreEqual(d.PpAdcPin - 1, d.PpAdcChannel);
                Assert.IsTrue(d.CpAdcChannel <= b.MaxAdc1Channel && d.PpAdcChannel <= b.MaxAdc1Channel);
                Assert.IsFalse(outputs.Contains(d.CpPwmOutput), "one LEDC output per connector");
                outputs.Add(d.CpPwmOutput, c);
            }

            // One SPI bus (BoardDefinition.SpiBus, the same for every connector), a chip-select per meter.
            Assert.IsFalse(b.MeterCsPin == b.MoreConnectors[0].MeterCsPin, "a chip-select per meter");
        }
    }
}
