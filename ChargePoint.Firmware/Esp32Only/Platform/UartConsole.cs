using System.IO.Ports;
using System.Text;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Esp32Only.Platform
{
    /// <summary>
    /// The technician console on a UART. The DataReceived event (serial thread) assembles lines into a bounded
    /// queue that the main loop polls; writes go straight to the port.
    /// </summary>
    public sealed class UartConsole : IConsoleIo
    {
        private readonly SerialPort _port;
        private readonly LineQueue _lines = new LineQueue(16);
        private readonly LineAssembler _assembler = new LineAssembler(200);
        private readonly byte[] _buffer = new byte[64];
        private readonly object _writeGate = new object();

        public UartConsole(string portName, int baudRate)
        {
            _port = new SerialPort(portName, baudRate);
            _port.NewLine = "\r\n";
            _port.DataReceived += OnDataReceived;
            _port.Open();
        }

        public bool InputClosed
        {
            get { return false; }
        }

        public string ReadLine()
        {
            return _lines.Take();
        }

        public void WriteLine(string line)
        {
            lock (_writeGate)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(line + "\r\n");
                _port.Write(bytes, 0, bytes.Length);
            }
        }

        private void OnDataReceived(object sender, SerialDataReceivedEventArgs e)
        {
            while (_port.BytesToRead > 0)
            {
                int n = _port.Read(_buffer, 0, _buffer.Length);
                if (n <= 0)
                {
                    break;
                }

                _assembler.Feed(_buffer, 0, n, _lines);
            }
        }
    }
}
