using System.Collections;
using ChargePoint.Ocpp.Model.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    [TestClass]
    public class MeteringTests
    {
        [TestMethod]
        public void Every_measurand_has_the_unit_this_firmware_reports_it_in()
        {
            // Energy registers and intervals in Wh or varh, powers in W or var, currents in A; Power.Factor, Frequency and
            // RPM have no unit in the 1.6 enumeration (field omitted), nor has an unknown code.
            int[] expected =
            {
                UnitOfMeasure.None, UnitOfMeasure.Wh, UnitOfMeasure.Wh, UnitOfMeasure.Varh, UnitOfMeasure.Varh, UnitOfMeasure.Wh,
                UnitOfMeasure.Wh, UnitOfMeasure.Varh, UnitOfMeasure.Varh, UnitOfMeasure.W, UnitOfMeasure.W, UnitOfMeasure.W,
                UnitOfMeasure.Var, UnitOfMeasure.Var, UnitOfMeasure.None, UnitOfMeasure.A, UnitOfMeasure.A, UnitOfMeasure.A,
                UnitOfMeasure.V, UnitOfMeasure.None, UnitOfMeasure.Celsius, UnitOfMeasure.Percent, UnitOfMeasure.None,
            };
            for (int code = 0; code < expected.Length; code++)
            {
                Assert.AreEqual(expected[code], Measurand.DefaultUnit(code), Measurand.ToText(code));
            }

            Assert.AreEqual(UnitOfMeasure.Wh, Measurand.DefaultUnit(Measurand.EnergyActiveImportRegister));
            Assert.AreEqual(UnitOfMeasure.Celsius, Measurand.DefaultUnit(Measurand.Temperature));
            Assert.AreEqual(UnitOfMeasure.None, Measurand.DefaultUnit(Measurand.Count + 1));
            Assert.AreEqual(UnitOfMeasure.None, Measurand.DefaultUnit(-1));
        }

        [TestMethod]
        public void Three_phase_sample_has_phases_units_and_locations()
        {
            var meter = new SimulatedMeter(null, "m", 3);
            meter.AddEnergy(1234);
            meter.CurrentA = 16;
            meter.VoltageV = 231.25;
            int[] list;
            Assert.IsTrue(Measurand.TryParseList("Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,Frequency,Temperature", meter, 10, out list));
            MeterValue value = MeteringService.Sample(meter, list, ReadingContext.SamplePeriodic, new CaptureTime(1, 1, 0));
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < value.SampledValues.Length; i++)
            {
                SampledValue s = value.SampledValues[i];
                text.Append(Measurand.ToText(s.Measurand)).Append('|').Append(Measurand.ToText(Phase.Base + s.Phase)).Append('|')
                    .Append(s.Value).Append('|').Append(Measurand.ToText(UnitOfMeasure.Base + s.Unit)).Append('|').Append(Measurand.ToText(Location.Base + s.Location)).Append(';');
            }

            Assert.AreEqual(
                "Energy.Active.Import.Register||1234|Wh|Outlet;" +
                "Power.Active.Import||11100|W|Outlet;Power.Active.Import|L1|3700|W|Outlet;Power.Active.Import|L2|3700|W|Outlet;Power.Active.Import|L3|3700|W|Outlet;" +
                "Current.Import|L1|16|A|Outlet;Current.Import|L2|16|A|Outlet;Current.Import|L3|16|A|Outlet;" +
                "Voltage|L1-N|231.3|V|Outlet;Voltage|L2-N|231.3|V|Outlet;Voltage|L3-N|231.3|V|Outlet;" +
                "Frequency||50||Outlet;Temperature||25|Celcius|Body;",
                text.ToString());
        }

        [TestMethod]
        public void Measurand_lists_reject_unknown_duplicate_unsupported_and_too_long()
        {
            var meter = new SimulatedMeter(null, "m", 1);
            int[] list;
            Assert.IsTrue(Measurand.TryParseList("", meter, 4, out list));
            Assert.AreEqual(0, list.Length);
            Assert.IsFalse(Measurand.TryParseList("Energy.Bogus", meter, 4, out list));
            Assert.IsFalse(Measurand.TryParseList("Voltage,Voltage", meter, 4, out list));
            Assert.IsFalse(Measurand.TryParseList("Voltage,", meter, 4, out list), "an empty item");
            Assert.AreEqual(0, list.Length, "nothing on failure");
            Assert.IsFalse(Measurand.TryParseList("SoC", meter, 4, out list));
            Assert.IsFalse(Measurand.TryParseList("Voltage,Frequency", meter, 1, out list));
            Assert.IsTrue(Measurand.TryParseList("Voltage, Frequency", meter, 4, out list));
            Assert.AreEqual(2, list.Length);
            Assert.AreEqual(Measurand.Voltage, list[0]);
            Assert.AreEqual(Measurand.Frequency, list[1]);
        }

        [TestMethod]
        public void Every_code_prints_its_spec_string_and_unknown_codes_print_nothing()
        {
            // The codes are stored in the journal: each must keep its spelling on the wire.
            string[] measurands =
            {
                "Energy.Active.Export.Register", "Energy.Active.Import.Register", "Energy.Reactive.Export.Register",
                "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval", "Energy.Active.Import.Interval",
                "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Power.Active.Export",
                "Power.Active.Import", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "Power.Factor",
                "Current.Import", "Current.Export", "Current.Offered", "Voltage", "Frequency", "Temperature", "SoC", "RPM",
            };
            for (int i = 0; i < measurands.Length; i++)
            {
                Assert.AreEqual(measurands[i], Measurand.ToText(i + 1));
                Assert.AreEqual(i + 1, Measurand.Parse(measurands[i]));
            }

            AssertTable(new[] { "L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1" }, Phase.Base);
            AssertTable(new[] { "Body", "Cable", "EV", "Inlet", "Outlet" }, Location.Base);
            AssertTable(new[] { "Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger" }, ReadingContext.Base);
            AssertTable(new[] { "Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K", "Celcius", "Fahrenheit", "Percent" }, UnitOfMeasure.Base);
            AssertTable(new[] { "EmergencyStop", "EVDisconnected", "HardReset", "Local", "Other", "PowerLoss", "Reboot", "Remote", "SoftReset", "UnlockCommand", "DeAuthorized" }, ChargePoint.Ocpp.Model.Transactions.StopReason.Base);
            AssertTable(new[] { "Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx" }, ChargePoint.Ocpp.Model.Transactions.AuthorizationStatus.Base);
            Assert.IsNull(Measurand.ToText(0), "0: the field is omitted");
            Assert.IsNull(Measurand.ToText(23));
            Assert.AreEqual(0, Measurand.Parse("Power"));
            Assert.AreEqual(0, Measurand.Parse(""));
        }

        // A kind's codes in the one table: Measurand.ToText(kind's Base + code); its 0 and its last code + 1 are null.
        private static void AssertTable(string[] expected, int kindBase)
        {
            Assert.IsNull(Measurand.ToText(kindBase), "0: the field is omitted");
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], Measurand.ToText(kindBase + i + 1));
            }

            Assert.IsNull(Measurand.ToText(kindBase + expected.Length + 1));
        }

        [TestMethod]
        public void Decimal_text_is_invariant()
        {
            Assert.AreEqual("230", MeteringService.FormatDecimal(230, 1));
            Assert.AreEqual("6.5", MeteringService.FormatDecimal(6.5, 2));
            Assert.AreEqual("-0.25", MeteringService.FormatDecimal(-0.25, 2));
            Assert.AreEqual("0", MeteringService.FormatDecimal(-0.001, 2));
            Assert.AreEqual("49.99", MeteringService.FormatDecimal(49.99, 2));
        }

        [TestMethod]
        public void Clock_aligned_samples_land_exactly_on_the_grid_and_in_or_out_of_transaction()
        {
            var meter = new SimulatedMeter(null, "m", 1);
            var sink = new RecordingSink();
            var service = new MeteringService(new IMeter?[] { null, meter }, sink);
            service.AlignedIntervalSeconds = 900;
            service.SampleIntervalSeconds = 0;
            service.StopTxnAlignedData = new[] { Measurand.EnergyActiveImportRegister };
            long midnight = 1700006400000; // 2023-11-15T00:00:00Z
            long t = midnight + 7 * 60000 + 123; // 00:07:00.123
            service.Tick(0, t, 1);
            service.Tick(1000, t + 1000, 1);
            Assert.AreEqual("", sink.Log());
            long mono = 8 * 60000 - 123; // reaches 00:15:00.000
            service.Tick(mono, midnight + 900000, 1);
            Assert.AreEqual("plain1@" + (midnight + 900000).ToString() + " ", sink.Log());
            service.TransactionChanged(1, true, mono);
            service.Tick(mono + 900000 + 40, midnight + 1800040, 1);
            Assert.AreEqual("plain1@" + (midnight + 900000).ToString() + " tx1@" + (midnight + 1800000).ToString() + " data1@" + (midnight + 1800000).ToString() + " ", sink.Log());
            Assert.AreEqual(ReadingContext.SampleClock, ((MeterValue)sink.Values[1]!).SampledValues[0].Context);
        }

        [TestMethod]
        public void Grid_that_does_not_divide_the_day_restarts_at_midnight()
        {
            long midnight = 1700006400000;
            Assert.AreEqual(midnight + 7 * 3600000, MeteringService.NextBoundary(midnight, 7 * 3600));
            Assert.AreEqual(midnight + 86400000, MeteringService.NextBoundary(midnight + 22 * 3600000, 7 * 3600));
            Assert.AreEqual(midnight + 900000, MeteringService.NextBoundary(midnight, 900));
        }

        [TestMethod]
        public void Periodic_samples_count_from_the_transaction_start_and_feed_transaction_data()
        {
            var meter = new SimulatedMeter(null, "m", 1);
            var sink = new RecordingSink();
            var service = new MeteringService(new IMeter?[] { null, meter }, sink);
            service.SampleIntervalSeconds = 60;
            service.StopTxnSampledData = new[] { Measurand.EnergyActiveImportRegister };
            service.Tick(5000, 0, 1);
            service.TransactionChanged(1, true, 5000);
            service.Tick(64999, 0, 1);
            Assert.AreEqual("", sink.Log());
            service.Tick(65000, 0, 1);
            service.Tick(125000, 0, 1);
            Assert.AreEqual("tx1@0 data1@0 tx1@0 data1@0 ", sink.Log());
            Assert.AreEqual(ReadingContext.SamplePeriodic, ((MeterValue)sink.Values[0]!).SampledValues[0].Context);
            Assert.AreEqual(125000, ((MeterValue)sink.Values[2]!).Time.MonoMs);
            service.TransactionChanged(1, false, 300000);
            service.Tick(300000, 0, 1);
            Assert.AreEqual(4, sink.Values.Count);
        }

        [TestMethod]
        public void Hooks_meter_reads_through_the_charge_point_hooks()
        {
            var meter = new SimulatedMeter(null, "m", 1);
            meter.AddEnergy(77);
            var hooks = new TxHooks(new[] { meter, meter });
            var adapted = new HooksMeter(hooks, 1, 1);
            Assert.AreEqual(77L, adapted.EnergyActiveImportWh);
            Assert.IsTrue(adapted.Supports(Measurand.EnergyActiveImportRegister));
            Assert.IsFalse(adapted.Supports(Measurand.Voltage), "these test hooks provide no other measurand");
        }

        private sealed class RecordingSink : IMeterValueSink
        {
            public readonly ArrayList Values = new ArrayList();
            private readonly System.Text.StringBuilder _log = new System.Text.StringBuilder();

            public string Log()
            {
                return _log.ToString();
            }

            public void Sampled(int connectorId, MeterValue value, int use)
            {
                string what = use == MeteringService.TransactionSample ? "tx" : use == MeteringService.TransactionData ? "data" : "plain";
                Values.Add(value);
                _log.Append(what).Append(connectorId.ToString()).Append('@').Append(value.Time.UtcMs.ToString()).Append(' ');
            }
        }
    }
}
