using System.Text;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// Turns a byte stream (UART) into lines: CR, LF or CRLF end a line, backspace/DEL erase, other control
    /// characters are dropped, and an over-long line is discarded whole (reported as <see cref="TooLong"/>).
    /// </summary>
    public sealed class LineAssembler
    {
        public const string TooLong = "\u0001too-long";

        private readonly StringBuilder _line = new StringBuilder();
        private readonly int _maxLength;
        private bool _overflow;
        private bool _lastWasCr;

        public LineAssembler(int maxLength)
        {
            _maxLength = maxLength;
        }

        /// <summary>Feeds bytes; complete lines go to <paramref name="sink"/>.</summary>
        public void Feed(byte[] data, int offset, int count, LineQueue sink)
        {
            for (int i = offset; i < offset + count; i++)
            {
                char c = (char)data[i];
                if (c == '\n' && _lastWasCr)
                {
                    _lastWasCr = false;
                    continue;
                }

                _lastWasCr = c == '\r';
                if (c == '\r' || c == '\n')
                {
                    sink.Add(_overflow ? TooLong : _line.ToString());
                    _line.Clear();
                    _overflow = false;
                }
                else if (c == '\b' || c == (char)0x7F)
                {
                    if (_line.Length > 0)
                    {
                        _line.Remove(_line.Length - 1, 1);
                    }
                }
                else if (c >= ' ' && c < (char)0x7F)
                {
                    if (_line.Length >= _maxLength)
                    {
                        _overflow = true;
                    }
                    else
                    {
                        _line.Append(c);
                    }
                }
            }
        }
    }
}
