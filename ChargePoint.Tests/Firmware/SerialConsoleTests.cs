using System;
using System.Text;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Rpc;
using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class SerialConsoleTests
    {
        private static string Sent(SimulatedSerialLine uart)
        {
            byte[] sent = uart.TakeSent();
            return Encoding.UTF8.GetString(sent, 0, sent.Length);
        }

        private static void Inject(SimulatedSerialLine uart, string text)
        {
            uart.Inject(Encoding.UTF8.GetBytes(text));
        }

        [TestMethod]
        public void Uart_bytes_become_lines_and_output_ends_in_crlf()
        {
            var uart = new SimulatedSerialLine();
            var console = new SerialConsole(uart);
            Assert.IsNull(console.ReadLine());
            Inject(uart, "sta");
            Assert.IsNull(console.ReadLine(), "no line before the terminator");
            Inject(uart, "tus\r\nmeter\r");
            Assert.AreEqual("status", console.ReadLine());
            Assert.AreEqual("meter", console.ReadLine());
            Assert.IsNull(console.ReadLine());
            uart.TakeSent();
            console.WriteLine("ok");
            Assert.AreEqual("ok\r\n", Sent(uart));
        }

        [TestMethod]
        public void Technician_console_runs_over_the_uart()
        {
            // The charger's console on the serial line: the charger polls it from its tick.
            var uart = new SimulatedSerialLine();
            var sim = new Simulation(new SimulatedStorage(), new SerialConsole(uart), () => new InMemoryTransport(), new FixedRandom(0), new DateTime(2026, 11, 24, 9, 0, 0));
            sim.Start();
            sim.Advance(Charger.TickMs);
            uart.TakeSent();
            Inject(uart, "nonsense\r\n");
            sim.Advance(Charger.TickMs);
            Assert.AreEqual("nonsense\r\nerror: unknown command 'nonsense'\r\n", Sent(uart));
        }

        [TestMethod]
        public void Typed_characters_are_echoed_with_backspace_editing()
        {
            var uart = new SimulatedSerialLine();
            var console = new SerialConsole(uart);
            Inject(uart, "stx");
            Assert.IsNull(console.ReadLine());
            Assert.AreEqual("stx", Sent(uart), "what is typed is shown");
            Inject(uart, "\u0008");
            console.ReadLine();
            Assert.AreEqual("\b \b", Sent(uart), "BS erases on the terminal");
            uart.Inject(new byte[] { (byte)'x', 0x7F });
            console.ReadLine();
            Assert.AreEqual("x\b \b", Sent(uart), "DEL (PuTTY's backspace) too");
            Inject(uart, "atus\r");
            Assert.AreEqual("status", console.ReadLine());
            Assert.AreEqual("atus\r\n", Sent(uart));
            Inject(uart, "\nmeter\n");
            Assert.AreEqual("meter", console.ReadLine(), "the LF of a CRLF split across reads is not an empty line");
            Assert.IsNull(console.ReadLine());
            Assert.AreEqual("meter\r\n", Sent(uart));
            Inject(uart, "\u0008\u0008");
            console.ReadLine();
            Assert.AreEqual(string.Empty, Sent(uart), "nothing to erase at the start of a line");
        }

        [TestMethod]
        public void Utf8_input_is_decoded_echoed_and_erased_per_character()
        {
            var uart = new SimulatedSerialLine();
            var console = new SerialConsole(uart);
            Inject(uart, "config set WifiSsid Caf\u00e9 \u20ac\u00fc");
            console.ReadLine();
            uart.TakeSent();
            Inject(uart, "\u007f\r\n");
            Assert.AreEqual("config set WifiSsid Caf\u00e9 \u20ac", console.ReadLine(), "one DEL erases the whole two-byte character");
            Assert.AreEqual("\b \b\r\n", Sent(uart));

            // A character split across two reads, a stray continuation byte, and an arrow key (ESC [ A).
            byte[] euro = Encoding.UTF8.GetBytes("\u20ac");
            uart.Inject(new byte[] { euro[0] });
            console.ReadLine();
            uart.Inject(new byte[] { euro[1], euro[2], 0x80, 0x1B, (byte)'[', (byte)'A', (byte)'!', (byte)'\r' });
            Assert.AreEqual("\u20ac\ufffd!", console.ReadLine());
            Assert.AreEqual("\u20ac\ufffd!\r\n", Sent(uart));

            // A four-byte character (a surrogate pair in the line) is erased whole.
            uart.Inject(new byte[] { (byte)'a', 0xF0, 0x9F, 0x98, 0x80, 0x7F, (byte)'\r' });
            Assert.AreEqual("a", console.ReadLine());
        }

        [TestMethod]
        public void Dropped_lines_are_reported()
        {
            var uart = new SimulatedSerialLine();
            var console = new SerialConsole(uart);
            var sb = new StringBuilder();
            for (int i = 0; i < SerialConsole.QueueCapacity + 3; i++)
            {
                sb.Append("l" + i.ToString() + "\r");
            }

            Inject(uart, sb.ToString());
            int guard = 0;
            while (uart.BytesToRead > 0 && guard++ < 10)
            {
                console.ReadLine();
            }

            string sent = Sent(uart);
            Assert.Contains("input dropped: 3 line(s)", sent);
        }
    }
}
