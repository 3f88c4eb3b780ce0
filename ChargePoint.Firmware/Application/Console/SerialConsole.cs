using System.Text;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// The technician console on a serial line (UART on the ESP32). Polled from the main loop: whatever bytes
    /// arrived are assembled into lines (<see cref="LineAssembler"/>: CR/LF/CRLF, backspace, UTF-8) and echoed,
    /// because a serial terminal (PuTTY, minicom) shows only what the device sends back. Lines that do not fit the
    /// queue are dropped and the console says how many. Output ends in CRLF.
    /// </summary>
    public sealed class SerialConsole : IConsoleIo
    {
        public const int QueueCapacity = 32;

        private readonly ISerialLine _line;
        private readonly LineQueue _lines = new LineQueue(QueueCapacity);
        private readonly LineAssembler _assembler = new LineAssembler(TechnicianConsole.MaxLineLength);
        private readonly byte[] _buffer = new byte[64];

        public SerialConsole(ISerialLine line)
        {
            _line = line;
            _assembler.Echo = true;
        }

        /// <summary>Echo typed characters back (on by default; off for a terminal in local-echo mode).</summary>
        public bool Echo
        {
            get { return _assembler.Echo; }
            set { _assembler.Echo = value; }
        }

        public bool InputClosed
        {
            get { return false; }
        }

        public string ReadLine()
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

            byte[] echo = _assembler.TakeEcho();
            if (echo.Length > 0)
            {
                _line.Write(echo, 0, echo.Length);
            }

            int dropped = _lines.TakeDropped();
            if (dropped > 0)
            {
                WriteLine("input dropped: " + dropped.ToString() + " line(s) (typed faster than the console runs them)");
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
