using System;
using System.Text;

namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// Forward-only JSON writer into a reusable StringBuilder (no reflection, no intermediate objects).
    /// Commas are placed automatically. Strings are fully escaped: '"', '\\', control characters and lone
    /// surrogates as \uXXXX (a lone surrogate cannot travel in UTF-8); valid surrogate pairs and other
    /// non-ASCII text pass through unless <see cref="EscapeNonAscii"/> is set, which escapes every non-ASCII
    /// UTF-16 unit (a pair becomes two escapes). A frame longer than <see cref="MaxChars"/> or deeper than
    /// the constructor's maxDepth throws an <see cref="OcppException"/> (InternalError): we never send what a peer could reject for size.
    /// </summary>
    public sealed class JsonWriter
    {
        public const int DefaultMaxChars = 16384;
        public const int DefaultMaxDepth = 16;

        /// <summary>
        /// A buffer grown beyond this many chars is dropped by <see cref="ToFrame"/>: a typical frame (a MeterValues.req
        /// with a few measurands) reuses its buffer, a rare large one (GetConfiguration.conf) does not stay on the heap.
        /// </summary>
        public const int KeepChars = 2048;

        private const int InitialChars = 256;

        private StringBuilder _sb;
        private readonly bool[] _hasItems;
        private int _depth;
        private bool _afterName;

        public JsonWriter(int maxChars = DefaultMaxChars, int maxDepth = DefaultMaxDepth)
        {
            MaxChars = maxChars;
            _sb = new StringBuilder(InitialChars);
            _hasItems = new bool[maxDepth + 1]; // its length is the depth bound: maxDepth + 1
        }

        public readonly int MaxChars;

        public bool EscapeNonAscii;

        /// <summary>Clears the buffer for the next frame; its capacity is kept up to <see cref="KeepChars"/>.</summary>
        public void Reset()
        {
            if (_sb.Capacity > KeepChars)
            {
                _sb = new StringBuilder(InitialChars);
            }

            _sb.Length = 0;
            _depth = 0;
            _afterName = false;
            _hasItems[0] = false;
        }

        public override string ToString() => _sb.ToString();

        /// <summary>The text, then <see cref="Reset"/>; a buffer grown beyond <see cref="KeepChars"/> is released.</summary>
        public string ToFrame()
        {
            string text = _sb.ToString();
            Reset();
            return text;
        }

        public void StartObject() => Open('{');

        public void EndObject() => Close('}');

        public void StartArray() => Open('[');

        public void EndArray() => Close(']');

        /// <summary>
        /// Writes a property name: a <see cref="Key"/> constant (one char of 0x100 or above) as the name it stands for,
        /// any other as it is. Names are literal identifiers (message fields), so they are appended without the
        /// escaping scan of string values.
        /// </summary>
        public void PropertyName(string name)
        {
            if (_afterName)
            {
                throw new InvalidOperationException("value expected");
            }

            BeforeValue(); // not after a name: the separator
            _sb.Append('"');
            int at = name[0] - 0x100;
            if (name.Length == 1 && at >= 0)
            {
                _sb.Append(Key.Table, at, Key.Table.IndexOf(' ', at) - at);
            }
            else
            {
                _sb.Append(name);
            }

            _sb.Append("\":");
            _afterName = true;
        }

        public void String(string value)
        {
            BeforeValue();
            WriteQuoted(value);
            Check();
        }

        public void Int(long value)
        {
            BeforeValue();
            if (value < 0)
            {
                _sb.Append('-');
                value = -value; // long.MinValue stays negative: as a ulong it is its magnitude, 2^63
            }

            Digits((ulong)value, 1);
            Check();
        }

        /// <summary>
        /// Writes a finite decimal invariantly (nanoFramework has no culture-free overloads): '.' and at most 6 fraction
        /// digits, trailing zeros trimmed, no exponent. NaN and infinities are not JSON and throw, as does a magnitude of 9e18 or more.
        /// </summary>
        public void Number(double value)
        {
            if (!(value > -9.0e18 && value < 9.0e18)) // NaN too
            {
                throw new ArgumentException("not a number below 9e18");
            }

            BeforeValue();
            if (value < 0)
            {
                value = -value;
                if (value * FractionScale >= 0.5)
                {
                    _sb.Append('-');
                }
            }

            if (value >= 9.0e12)
            {
                Digits((ulong)(long)Math.Floor(value + 0.5), 1);
            }
            else
            {
                long scaled = (long)Math.Floor(value * FractionScale + 0.5);
                Digits((ulong)(scaled / FractionScale), 1);
                long fraction = scaled % FractionScale;
                if (fraction != 0)
                {
                    int width = 6;
                    while (fraction % 10 == 0)
                    {
                        fraction /= 10;
                        width--;
                    }

                    _sb.Append('.');
                    Digits((ulong)fraction, width);
                }
            }

            Check();
        }

        private const long FractionScale = 1000000;

        /// <summary>Appends a non-negative value with at least minWidth digits (zero padded).</summary>
        private void Digits(ulong value, int minWidth)
        {
            ulong div = 1;
            int width = 1;
            while (div <= value / 10)
            {
                div *= 10;
                width++;
            }

            for (; width < minWidth; width++)
            {
                _sb.Append('0');
            }

            for (; div > 0; div /= 10)
            {
                _sb.Append((char)('0' + (int)((value / div) % 10)));
            }
        }

        /// <summary>Writes a list of objects; nothing when <paramref name="items"/> is null (an absent optional list).</summary>
        public void PropArray(string name, Messages.IOcppPayload[] items)
        {
            if (items != null)
            {
                PropertyName(name);
                StartArray();
                for (int i = 0; i < items.Length; i++)
                {
                    items[i].WriteTo(this);
                }

                EndArray();
            }
        }

        // Property helpers. An absent value (a null string or timestamp, Absent.Int) writes nothing: an optional field
        // is omitted, and a required one is never absent.

        public void Prop(string name, string value)
        {
            if (value != null)
            {
                PropertyName(name);
                String(value);
            }
        }

        public void Prop(string name, long value)
        {
            if (value != Absent.Int)
            {
                PropertyName(name);
                Int(value);
            }
        }

        public void Prop(string name, bool value)
        {
            PropertyName(name);
            BeforeValue();
            _sb.Append(value ? "true" : "false");
            Check();
        }

        public void PropNumber(string name, double value)
        {
            PropertyName(name);
            Number(value);
        }

        public void Prop(string name, DateTime utc)
        {
            PropertyName(name);
            BeforeValue();
            _sb.Append('"');
            IsoTime.Append(_sb, utc);
            _sb.Append('"');
            Check();
        }

        public void Prop(string name, UtcTimestamp utc)
        {
            if (utc != null)
            {
                Prop(name, utc.Value);
            }
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasItems[_depth])
            {
                _sb.Append(',');
            }

            _hasItems[_depth] = true;
        }

        /// <summary>Starts a container, a value where it stands.</summary>
        private void Open(char c)
        {
            BeforeValue();
            if (_depth >= _hasItems.Length - 1) // the constructor's maxDepth
            {
                throw new OcppException(CallErrorCode.InternalError, "too deep");
            }

            _sb.Append(c);
            _depth++;
            _hasItems[_depth] = false;
            Check();
        }

        private void Close(char c)
        {
            if (_depth == 0 || _afterName)
            {
                throw new InvalidOperationException("unbalanced JSON");
            }

            _depth--;
            _sb.Append(c);
            Check();
        }

        private void Check()
        {
            if (_sb.Length > MaxChars)
            {
                throw new OcppException(CallErrorCode.InternalError, "frame exceeds " + MaxChars.ToString() + " characters");
            }
        }

        // The string indexer is used only below 0xD800: on the nanoCLR s[i] returns the HIGH surrogate for both halves of
        // a pair. The first char at or above 0xD800 (either half looks like one there) switches to a char[] copy, which is
        // correct on both runtimes; ASCII and BMP text below the surrogates never allocates.
        private void WriteQuoted(string s)
        {
            _sb.Append('"');
            char[] chars = null;
            int runStart = 0;
            int n = s.Length;
            for (int i = 0; i < n; i++)
            {
                char c = chars == null ? s[i] : chars[i];
                if ((c > '\\' && c < 0x7F) || (c >= 0x20 && c != '"' && c < '\\'))
                {
                    continue; // one or two compares for the usual printable ASCII
                }

                bool escape = c < 0x20 || c == '"' || c == '\\' || EscapeNonAscii;
                if (c >= 0xD800)
                {
                    if (chars == null)
                    {
                        chars = s.ToCharArray();
                        c = chars[i];
                    }

                    // A valid pair passes through unless EscapeNonAscii (then \uD83D\uDE00); a lone half is not valid UTF-16.
                    if (c <= 0xDBFF && !escape && i + 1 < n && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
                    {
                        i++;
                        continue;
                    }

                    escape |= c <= 0xDFFF;
                }

                if (escape)
                {
                    Flush(s, chars, runStart, i);
                    _sb.Append('\\');
                    int named = "\"\\\n\r\t\b\f".IndexOf(c);
                    if (named >= 0)
                    {
                        _sb.Append("\"\\nrtbf"[named]);
                    }
                    else
                    {
                        _sb.Append('u');
                        for (int shift = 12; shift >= 0; shift -= 4)
                        {
                            _sb.Append("0123456789ABCDEF"[(c >> shift) & 0xF]);
                        }
                    }

                    runStart = i + 1;
                }
            }

            Flush(s, chars, runStart, n);
            _sb.Append('"');
        }

        /// <summary>Appends s[start..end), from the char[] copy once there is one.</summary>
        private void Flush(string s, char[] chars, int start, int end)
        {
            if (end > start)
            {
                if (chars == null)
                {
                    _sb.Append(s, start, end - start);
                }
                else
                {
                    _sb.Append(chars, start, end - start);
                }
            }
        }
    }
}
