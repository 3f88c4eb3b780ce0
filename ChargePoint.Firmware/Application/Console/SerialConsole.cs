using System.Text;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// The technician console on a serial line (UART on the ESP32). Polled from the main loop: whatever bytes
    /// arrived are assembled into lines (CR/LF, backspace), so no receive thread is needed. Output ends in CRLF.
    /// </summary>
    public sealed class SerialConsole : IConsoleIo
    {
        private readonly ISerialLine _line;
        private readonly LineQueue _lines = new LineQueue(8);
        private readonly LineAssembler _assembler = new LineAssembler(TechnicianConsole.MaxLineLength);
        private readonly byte[] _buffer = new byte[64];

        public SerialConsole(ISerialLine line)
        {
            _line = line;
        }

        public bool InputClosed
        {
            get { return false; }
        }

        public string? ReadLine()
        {
            int guard = 8;
            while (_line.BytesToRead > 0 && guard-- > 0)
            {
                int n = _line.Read(_buffer, 0, _buffer.Length);
                if (n <= 0)
                {
                    break;
                }

                _assembler.Feed(_buffer, 0, n, _lines);
            }

            return _lines.Take();
        }

        public void WriteLine(string line)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line + "\r\n");
            _line.Write(bytes, 0, bytes.Length);
        }
    }
}
