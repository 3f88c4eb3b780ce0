using ChargePoint.Ocpp;
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
            MeterValue value = TransactionService.Sample(meter, list, ReadingContext.SamplePeriodic, new CaptureTime(1, 1, 0));
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
            AssertTable(new[] { "Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx" }, ChargePoint.Ocpp.Model.Transactions.IdTagInfo.Base);
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
            Assert.AreEqual("230", TransactionService.FormatDecimal(230, 1));
            Assert.AreEqual("6.5", TransactionService.FormatDecimal(6.5, 2));
            Assert.AreEqual("-0.25", TransactionService.FormatDecimal(-0.25, 2));
            Assert.AreEqual("0", TransactionService.FormatDecimal(-0.001, 2));
            Assert.AreEqual("49.99", TransactionService.FormatDecimal(49.99, 2));
        }

        [TestMethod]
        public void Clock_aligned_samples_land_exactly_on_the_grid_and_in_or_out_of_transaction()
        {
            var w = new TxWorld(1);
            w.Set(nameof(ConfigKeys.ClockAlignedDataInterval), "20");
            w.Set(nameof(ConfigKeys.MeterValueSampleInterval), "0");
            w.Set(nameof(ConfigKeys.StopTxnAlignedData), "Energy.Active.Import.Register");
            w.ToIdle();
            w.Run(18500);
            // Outside a transaction: plain MeterValues (no transactionId) stamped exactly on the grid, not at the tick.
            Assert.AreEqual(
                "MeterValues {\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"" + w.Cs.Time(20000) + "\",\"sampledValue\":[" + Clock("0") + "]}]}\n",
                Lines(w.Cs.Take(), "MeterValues "));
            w.Hooks.Plugged[1] = true;
            w.Hooks.EvReady[1] = true;
            w.Run(1000);
            w.Tx.PresentIdTag(1, "TAG1", w.Now);
            w.Run(1000);
            w.Meter(1).AddEnergy(50);
            w.Run(18000);
            // In the transaction: journalled MeterValues, and the same grid point in the StopTransaction's transactionData.
            Assert.AreEqual(
                "MeterValues {\"connectorId\":1,\"transactionId\":1001,\"meterValue\":[{\"timestamp\":\"" + w.Cs.Time(40000) + "\",\"sampledValue\":[" + Clock("50") + "]}]}\n",
                Lines(w.Cs.Take(), "MeterValues "));
            w.Tx.PresentIdTag(1, "TAG1", w.Now);
            w.Run(1000);
            Assert.Contains("},{\"timestamp\":\"" + w.Cs.Time(40000) + "\",\"sampledValue\":[" + Clock("50") + "]},{", Lines(w.Cs.Take(), "StopTransaction "));
        }

        private static string Clock(string wh)
        {
            return "{\"value\":\"" + wh + "\",\"context\":\"Sample.Clock\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}";
        }

        private static string Lines(string frames, string prefix)
        {
            string[] lines = frames.Split(new[] { '\n' });
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith(prefix))
                {
                    sb.Append(lines[i]).Append('\n');
                }
            }

            return sb.ToString();
        }

        [TestMethod]
        public void Grid_that_does_not_divide_the_day_restarts_at_midnight()
        {
            long midnight = 1700006400000;
            Assert.AreEqual(midnight + 7 * 3600000, TransactionService.NextBoundary(midnight, 7 * 3600));
            Assert.AreEqual(midnight + 86400000, TransactionService.NextBoundary(midnight + 22 * 3600000, 7 * 3600));
            Assert.AreEqual(midnight + 900000, TransactionService.NextBoundary(midnight, 900));
        }

        [TestMethod]
        public void Periodic_samples_count_from_the_transaction_start_and_feed_transaction_data()
        {
            var w = new TxWorld(1);
            w.Set(nameof(ConfigKeys.MeterValueSampleInterval), "10");
            w.Set(nameof(ConfigKeys.StopTxnSampledData), "Energy.Active.Import.Register");
            w.ToIdle();
            w.Run(4500); // the transaction starts off any 10 s grid of the boot
            w.Hooks.Plugged[1] = true;
            w.Hooks.EvReady[1] = true;
            w.Run(1000);
            long start = w.Now;
            w.Tx.PresentIdTag(1, "TAG1", start);
            w.Run(9900);
            Assert.AreEqual(0, w.Cs.Count("MeterValues"), "none before an interval from the start");
            w.Meter(1).AddEnergy(7);
            w.Run(300); // sampled at start + 10 s (its timestamp), sent on a following pass
            string periodic = "{\"value\":\"7\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"}";
            Assert.AreEqual(
                "MeterValues {\"connectorId\":1,\"transactionId\":1001,\"meterValue\":[{\"timestamp\":\"" + w.Cs.Time(start + 10100) + "\",\"sampledValue\":[" + periodic + "]}]}\n",
                Lines(w.Cs.Take(), "MeterValues "));
            w.Tx.PresentIdTag(1, "TAG1", w.Now);
            w.Run(1000);
            string stop = Lines(w.Cs.Take(), "StopTransaction ");
            Assert.Contains("\"context\":\"Transaction.Begin\"", stop);
            Assert.Contains("{\"timestamp\":\"" + w.Cs.Time(start + 10100) + "\",\"sampledValue\":[" + periodic + "]}", stop);
            Assert.AreEqual(1, w.Cs.Count("MeterValues"));
            w.Run(30000);
            Assert.AreEqual(1, w.Cs.Count("MeterValues"), "no samples once the transaction stopped");
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
    }
}
