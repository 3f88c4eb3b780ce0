using ChargePoint.Firmware.Evse;
using ChargePoint.Ocpp.Model.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>What the EVSE binding's meter offers the engine: the measurands it reads and the phases they have.</summary>
    [TestClass]
    public class MeterBindingTests
    {
        [TestMethod]
        public void The_binding_reads_exactly_its_eight_measurands()
        {
            ConnectorBinding meter = Running().Charger.Bindings[0];
            string supported = string.Empty;
            for (int m = -1; m <= Measurand.Count + 10; m++)
            {
                supported += meter.Supports(m) ? m.ToString() + " " : string.Empty;
            }

            // Energy.Active.Import.Register, Power.Active.Import, Power.Factor, Current.Import, Current.Offered, Voltage,
            // Frequency, Temperature.
            Assert.AreEqual("2 10 14 15 17 18 19 20 ", supported);
        }

        [TestMethod]
        public void L1_to_L3_and_L1_N_to_L3_N_are_the_three_phases_and_other_phases_are_not_read()
        {
            ConnectorBinding meter = Running().Charger.Bindings[0];
            int[] phases = { Phase.L1, Phase.L2, Phase.L3 };
            int[] toNeutral = { Phase.L1N, Phase.L2N, Phase.L3N };
            for (int i = 0; i < 3; i++)
            {
                Assert.IsTrue(meter.TryRead(Measurand.Voltage, phases[i], out double a), "L" + (i + 1).ToString());
                Assert.IsTrue(meter.TryRead(Measurand.Voltage, toNeutral[i], out double b), "L" + (i + 1).ToString() + "-N");
                Assert.AreEqual(a, b);
                Assert.IsTrue(meter.TryRead(Measurand.CurrentOffered, toNeutral[i], out double offered));
            }

            int[] others = { Phase.N, Phase.L1L2, Phase.L2L3, Phase.L3L1, 11, -1 };
            for (int i = 0; i < others.Length; i++)
            {
                Assert.IsFalse(meter.TryRead(Measurand.Voltage, others[i], out double v), "phase " + others[i].ToString());
                Assert.IsFalse(meter.TryRead(Measurand.CurrentOffered, others[i], out double o), "phase " + others[i].ToString());
            }

            Assert.IsTrue(meter.TryRead(Measurand.Voltage, Phase.None, out double none));
            Assert.IsFalse(meter.TryRead(Measurand.Frequency, Phase.L1, out double f), "frequency has no phase");
        }

        private static FirmwareWorld Running()
        {
            var w = new FirmwareWorld(false);
            w.Advance(3000); // the meter IC starts
            return w;
        }
    }
}
