using System.Text;
using ChargePoint.Firmware.Console;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class SerialConsoleTests
    {
        [TestMethod]
        public void Uart_bytes_become_lines_and_output_ends_in_crlf()
        {
            var uart = new SimulatedSerialLine();
            var console = new SerialConsole(uart);
            Assert.IsNull(console.ReadLine());
            uart.Inject(Encoding.UTF8.GetBytes("sta"));
            Assert.IsNull(console.ReadLine(), "no line before the terminator");
            uart.Inject(Encoding.UTF8.GetBytes("tus\r\nmeter\r"));
            Assert.AreEqual("status", console.ReadLine());
            Assert.AreEqual("meter", console.ReadLine());
            Assert.IsNull(console.ReadLine());
            console.WriteLine("ok");
            byte[] sent = uart.TakeSent();
            Assert.AreEqual("ok\r\n", Encoding.UTF8.GetString(sent, 0, sent.Length));
        }

        [TestMethod]
        public void Technician_console_runs_over_the_uart()
        {
            var uart = new SimulatedSerialLine();
            var tc = new TechnicianConsole(new SerialConsole(uart));
            uart.Inject(Encoding.UTF8.GetBytes("nonsense\r\n"));
            tc.Poll();
            byte[] sent = uart.TakeSent();
            Assert.AreEqual("error: unknown command 'nonsense'; type 'help' for the list\r\n", Encoding.UTF8.GetString(sent, 0, sent.Length));
        }
    }
}
