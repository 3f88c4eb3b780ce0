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
                int[] reserved = b.Chip == "ESP32" ? new int[] { 1, 3, 6, 7, 8, 9, 10, 11, 16, 17 } : new int[] { 19, 20, 26, 27, 28, 29, 30, 31, 32, 35, 36, 37, 43, 44 };
                foreach (int r in reserved)
                {
                    Assert.IsFalse(seen.Contains(r), id + ": reserved GPIO " + r);
                }
            }
        }
    }
}
