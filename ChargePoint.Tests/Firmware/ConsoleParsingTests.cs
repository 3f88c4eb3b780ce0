using System.Text;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class ConsoleParsingTests
    {
        [TestMethod]
        public void Command_line_splits_words_and_keeps_the_raw_rest()
        {
            var line = new CommandLine("  Config   set WifiSsid  My Home Net  ");
            Assert.AreEqual(6, line.Count);
            Assert.AreEqual("config", line.Command);
            Assert.AreEqual("set", line.Lower(1));
            Assert.AreEqual("WifiSsid", line.Word(2));
            Assert.AreEqual("My Home Net", line.RestFrom(3));
            Assert.AreEqual(string.Empty, line.Word(9));
            Assert.AreEqual(string.Empty, line.RestFrom(9));
        }

        [TestMethod]
        public void Blank_and_tab_lines_are_empty()
        {
            Assert.AreEqual(0, new CommandLine(string.Empty).Count);
            Assert.AreEqual(0, new CommandLine(" \t  ").Count);
            Assert.AreEqual("status", new CommandLine("\tSTATUS").Command);
        }

        [TestMethod]
        public void Serial_console_handles_crlf_backspace_and_overflow()
        {
            var uart = new ChargePoint.Hal.Simulation.SimulatedSerialLine();
            var console = new SerialConsole(uart);
            byte[] input = Encoding.UTF8.GetBytes("stat\u0008\u0008atus\r\nmeter\r" + new string('x', SerialConsole.MaxLineLength + 1) + "\nhelp\n");
            uart.Inject(input);
            Assert.AreEqual("status", console.ReadLine());
            Assert.AreEqual("meter", console.ReadLine());
            Assert.AreEqual(SerialConsole.TooLong, console.ReadLine());
            Assert.AreEqual("help", console.ReadLine());
            Assert.IsNull(console.ReadLine());
        }

        [TestMethod]
        public void Line_queue_is_bounded_and_reports_end_of_input()
        {
            var queue = new LineQueue(2);
            Assert.IsTrue(queue.Add("a"));
            Assert.IsTrue(queue.Add("b"));
            Assert.IsFalse(queue.Add("c"));
            Assert.AreEqual(1, queue.Dropped);
            queue.Close();
            Assert.IsFalse(queue.IsDrainedAndClosed);
            queue.Take();
            queue.Take();
            Assert.IsTrue(queue.IsDrainedAndClosed);
        }

        [TestMethod]
        public void Strict_number_parsing()
        {
            Assert.IsTrue(ChargePoint.Ocpp.ConfigurationStore.TryParseInt("42", out int v));
            Assert.AreEqual(42, v);
            Assert.IsTrue(ChargePoint.Ocpp.ConfigurationStore.TryParseInt("-7", out v));
            Assert.AreEqual(-7, v);
            Assert.IsFalse(ChargePoint.Ocpp.ConfigurationStore.TryParseInt("4 2", out v));
            Assert.IsFalse(ChargePoint.Ocpp.ConfigurationStore.TryParseInt("0x10", out v));
            Assert.IsFalse(ChargePoint.Ocpp.ConfigurationStore.TryParseInt("2147483648", out v));
            Assert.IsFalse(ChargePoint.Ocpp.ConfigurationStore.TryParseInt("-", out v));
            Assert.IsTrue(ChargePoint.Firmware.Simulator.SimulatorCommands.TryParseDecimal("7.4", out double d));
            Assert.AreEqual(7.4, d);
            Assert.IsFalse(ChargePoint.Firmware.Simulator.SimulatorCommands.TryParseDecimal("7,4", out d));
            Assert.IsFalse(ChargePoint.Firmware.Simulator.SimulatorCommands.TryParseDecimal("1e3", out d));
            Assert.IsFalse(ChargePoint.Firmware.Simulator.SimulatorCommands.TryParseDecimal(".", out d));
        }

        [TestMethod]
        public void Fixed_formatting_is_invariant()
        {
            Assert.AreEqual("7.40", Charger.Fixed(7.4, 2));
            Assert.AreEqual("0.005", Charger.Fixed(0.0049999, 3));
            Assert.AreEqual("-1.5", Charger.Fixed(-1.5, 1));
            Assert.AreEqual("230", Charger.Fixed(229.6, 0));
            Assert.AreEqual("0.00", Charger.Fixed(-0.001, 2));
        }

        [TestMethod]
        public void Frame_redaction_masks_authorization_key_values_only()
        {
            // Through the frame trace, the only way a frame reaches the console.
            var w = new FirmwareWorld(false);
            w.Type("trace on");
            int from = w.Console.LineCount;
            string frame = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"0011\\\"2233\"}]";
            w.Charger.Log(ChargePoint.Ocpp.Platform.OcppLogLevel.Trace, frame);
            Assert.AreEqual("[ocpp] [2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"***\"}]", w.Console.From(from));
            string other = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":\"60\"}]";
            from = w.Console.LineCount;
            w.Charger.Log(ChargePoint.Ocpp.Platform.OcppLogLevel.Trace, other);
            Assert.AreEqual("[ocpp] " + other, w.Console.From(from));
        }

        [TestMethod]
        public void Log_honours_level_and_trace()
        {
            var w = new FirmwareWorld(false);
            w.Type("log level warn");
            int from = w.Console.LineCount;
            w.Charger.Info("hidden");
            w.Charger.Write(Charger.LevelWarn, "shown");
            w.Charger.Log(ChargePoint.Ocpp.Platform.OcppLogLevel.Trace, "> [2,\"1\",\"Heartbeat\",{}]");
            Assert.AreEqual("[warn] shown", w.Console.From(from));
            w.Type("trace on");
            from = w.Console.LineCount;
            w.Charger.Log(ChargePoint.Ocpp.Platform.OcppLogLevel.Trace, "< [3,\"1\",{}]");
            Assert.AreEqual("[ocpp] < [3,\"1\",{}]", w.Console.From(from));
        }
    }
}
