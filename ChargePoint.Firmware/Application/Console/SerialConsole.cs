using System.Collections;
using System.Text;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// The technician console on a serial line (UART on the ESP32), polled from the main loop. The bytes that arrived
    /// become lines the way a terminal user expects: CR, LF or CRLF end a line (even when CR and LF arrive in separate
    /// reads); backspace (0x08) and DEL (0x7F) erase the last character; UTF-8 is decoded (a malformed sequence becomes
    /// U+FFFD, nothing is dropped); ANSI escape sequences (arrow keys) and other control characters are ignored; an
    /// over-long line is discarded whole (read as <see cref="TooLong"/>). What is typed is echoed, because a serial
    /// terminal (PuTTY, minicom) shows only what the device sends back: the characters, "\b \b" for an erase, CRLF for
    /// the end of a line. Lines that do not fit the queue are dropped and the console says how many. Output ends in CRLF.
    /// </summary>
    public sealed class SerialConsole : IConsoleIo
    {
        public const int QueueCapacity = 32;

        /// <summary>The longest line the console runs (characters).</summary>
        public const int MaxLineLength = 200;

        /// <summary>The line read for an over-long line (the technician console reports it).</summary>
        public const string TooLong = "\u0001too-long";

        private const int Plain = 0;
        private const int AfterEsc = 1;
        private const int InSequence = 2;

        // The echoes in one array: erase (BS SP BS) at 0, new line (CR LF) at 3, U+FFFD in UTF-8 (EF BF BD) at 5.
        // Encoded from a string: a byte array initializer would add a data class to the image.
        private static readonly byte[] Echoes = Encoding.UTF8.GetBytes("\b \b\r\n\uFFFD");

        private readonly ISerialLine _port;
        private readonly ArrayList _lines = new ArrayList(); // a queue: added at the end, taken from the start
        private int _dropped;
        private readonly byte[] _buffer = new byte[64];

        private readonly StringBuilder _line = new StringBuilder();

        private bool _overflow;
        private bool _lastWasCr;
        private int _escape;

        // UTF-8 sequence being decoded.
        private int _codePoint;
        private int _needed;
        private readonly byte[] _sequence = new byte[4];
        private int _sequenceLength;

        // Echo not yet sent: written at the end of each read, or when full.
        private readonly byte[] _echo = new byte[64];
        private int _echoLength;

        public SerialConsole(ISerialLine port)
        {
            _port = port;
        }

        /// <summary>Echo typed characters back (on by default; off for a terminal in local-echo mode).</summary>
        public bool Echo = true;

        public string ReadLine()
        {
            int guard = 8;
            while (_port.BytesToRead > 0 && guard-- > 0)
            {
                int n = _port.Read(_buffer, 0, _buffer.Length);
                if (n <= 0)
                {
                    break;
                }

                for (int i = 0; i < n; i++)
                {
                    Feed(_buffer[i]);
                }
            }

            AddEcho(null, 0, 0);
            if (_dropped > 0)
            {
                WriteLine("input dropped: " + _dropped.ToString() + " line(s)");
                _dropped = 0;
            }

            if (_lines.Count == 0)
            {
                return null;
            }

            string line = (string)_lines[0];
            _lines.RemoveAt(0);
            return line;
        }

        public void WriteLine(string line)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line + "\r\n");
            _port.Write(bytes, 0, bytes.Length);
        }

        private void Feed(byte b)
        {
            if (_needed > 0)
            {
                if ((b & 0xC0) == 0x80)
                {
                    _codePoint = (_codePoint << 6) | (b & 0x3F);
                    _sequence[_sequenceLength++] = b;
                    if (--_needed == 0)
                    {
                        // The shortest form only: 4 bytes from U+10000, 3 from U+0800, 2 from U+0080.
                        int min = _sequenceLength == 4 ? 0x10000 : _sequenceLength == 3 ? 0x800 : 0x80;
                        bool valid = _codePoint >= min && _codePoint <= 0x10FFFF && (_codePoint < 0xD800 || _codePoint > 0xDFFF);
                        AddCodePoint(valid ? _codePoint : 0xFFFD, valid);
                    }

                    return;
                }

                // Sequence cut short: what was there becomes one replacement character, then this byte counts anew.
                _needed = 0;
                AddCodePoint(0xFFFD, false);
            }

            if (_escape != Plain)
            {
                if (_escape == AfterEsc)
                {
                    _escape = b == '[' || b == 'O' ? InSequence : Plain;
                }
                else if (b >= 0x40 && b <= 0x7E)
                {
                    _escape = Plain; // final byte of the sequence
                }

                return;
            }

            // The byte as received, echoed when it is (or starts) a character; a lead byte starts a UTF-8 sequence here.
            _sequence[0] = b;
            _sequenceLength = 1;
            if (b == '\n' && _lastWasCr)
            {
                _lastWasCr = false;
                return;
            }

            _lastWasCr = b == '\r';
            if (b == '\r' || b == '\n')
            {
                if (_lines.Count >= QueueCapacity)
                {
                    _dropped++;
                }
                else
                {
                    _lines.Add(_overflow ? TooLong : _line.ToString());
                }

                _line.Clear();
                _overflow = false;
                AddEcho(Echoes, 3, 2);
            }
            else if (b == 0x08 || b == 0x7F)
            {
                // Nothing to erase at the start of a line; an over-long line is lost anyway (the terminal keeps what it shows).
                // A low surrogate ends a pair (the line holds no lone surrogates): the pair is one character, erased whole.
                int length = _line.Length;
                if (!_overflow && length > 0)
                {
                    int units = (_line.ToString()[length - 1] & 0xFC00) == 0xDC00 ? 2 : 1; // (no StringBuilder indexer on nanoFramework)
                    _line.Remove(length - units, units);
                    AddEcho(Echoes, 0, 3);
                }
            }
            else if (b == 0x1B)
            {
                _escape = AfterEsc;
            }
            else if (b >= 0x20 && b < 0x7F)
            {
                AddCodePoint(b, true);
            }
            else if (b >= 0xC2 && b <= 0xF4)
            {
                _needed = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
                _codePoint = b & (0x3F >> _needed); // the lead byte's payload: 5, 4 or 3 bits
            }
            else if (b >= 0x80)
            {
                AddCodePoint(0xFFFD, false); // stray continuation byte or a lead byte UTF-8 never uses
            }

            // Other C0 control characters (tab, bell, ...) are ignored.
        }

        private void AddCodePoint(int codePoint, bool echoAsReceived)
        {
            int units = codePoint > 0xFFFF ? 2 : 1;
            if (_overflow || _line.Length + units > MaxLineLength)
            {
                _overflow = true;
                return;
            }

            if (units == 2)
            {
                int v = codePoint - 0x10000;
                _line.Append((char)(0xD800 + (v >> 10)));
                _line.Append((char)(0xDC00 + (v & 0x3FF)));
            }
            else
            {
                _line.Append((char)codePoint);
            }

            if (echoAsReceived)
            {
                AddEcho(_sequence, 0, _sequenceLength);
            }
            else
            {
                AddEcho(Echoes, 5, 3);
            }
        }

        /// <summary>Adds to the echo; sends what is waiting first when it would not fit (count 0: send it now).</summary>
        private void AddEcho(byte[] bytes, int offset, int count)
        {
            if (!Echo)
            {
                return;
            }

            if (_echoLength + count > _echo.Length || count == 0)
            {
                if (_echoLength > 0)
                {
                    _port.Write(_echo, 0, _echoLength);
                }

                _echoLength = 0;
            }

            for (int i = 0; i < count; i++)
            {
                _echo[_echoLength++] = bytes[offset + i];
            }
        }
    }
}
