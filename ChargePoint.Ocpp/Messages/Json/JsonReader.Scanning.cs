// JsonReader: the scanner's hot loops (whitespace, numbers, delimiters, strings and their escapes), on locals.

namespace ChargePoint.Ocpp.Json
{
    public sealed partial class JsonReader
    {
        // The hot loops work on locals and store the position once: on the interpreter every field access is a
        // separate instruction with a lookup, so a per-character _pos++ costs several times a local increment.
        private void SkipWs()
        {
            string s = _s;
            int n = s.Length;
            int p = _pos;
            while (p < n)
            {
                char c = s[p];
                if (c > ' ' || (c != ' ' && c != '\t' && c != '\n' && c != '\r'))
                {
                    break;
                }

                p++;
            }

            _pos = p;
        }

        /// <summary>
        /// Scans a number (the JSON syntax, at most 64 characters, then a delimiter) and returns its significant digits:
        /// the value is ±mantissa × 10^<paramref name="scale"/>, exact for up to 18 significant digits (the digits beyond
        /// are dropped, integer ones scale). <paramref name="plain"/>: neither fraction nor exponent.
        /// </summary>
        private long ScanNumber(out int scale, out bool plain)
        {
            string s = _s;
            int start = _pos;
            int p = start;
            int n = s.Length;
            if (p < n && s[p] == '-')
            {
                p++;
            }

            // part: 0 integer digits, 1 fraction digits, 2 exponent digits; each needs a digit (from partStart).
            int intStart = p, partStart = p, part = 0, digits = 0, exponent = 0;
            bool expNegative = false;
            long mantissa = 0;
            scale = 0;
            for (; p < n; p++)
            {
                char c = s[p];
                if (c >= '0' && c <= '9')
                {
                    if (part == 2)
                    {
                        if (exponent < 10000)
                        {
                            exponent = exponent * 10 + (c - '0');
                        }
                    }
                    else if (digits < 18)
                    {
                        mantissa = mantissa * 10 + (c - '0');
                        if (mantissa != 0)
                        {
                            digits++;
                        }

                        scale -= part; // a fraction digit
                    }
                    else
                    {
                        scale += 1 - part; // an integer digit beyond the 18 kept scales, a fraction one is dropped
                    }

                    continue;
                }

                if (p == partStart)
                {
                    break; // a part without digits
                }

                if (c == '.' && part == 0)
                {
                    part = 1;
                }
                else if ((c | 0x20) == 'e' && part < 2)
                {
                    part = 2;
                    if (p + 1 < n && (s[p + 1] == '+' || s[p + 1] == '-'))
                    {
                        expNegative = s[++p] == '-';
                    }
                }
                else
                {
                    break;
                }

                partStart = p + 1;
            }

            _pos = p;
            if (p == partStart || (s[intStart] == '0' && intStart + 1 < n && s[intStart + 1] >= '0' && s[intStart + 1] <= '9'))
            {
                throw Formation("bad number");
            }

            if (p - start > 64)
            {
                throw Formation("number too long");
            }

            CheckDelimiter();
            scale += expNegative ? -exponent : exponent;
            plain = part == 0;
            return mantissa;
        }

        private void CheckDelimiter()
        {
            if (_pos < _s.Length)
            {
                char c = _s[_pos];
                if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    throw Formation("junk after value");
                }
            }
        }

        /// <summary>Scans a string body from just after the opening quote to just after the closing one. Returns whether it had escapes.</summary>
        private bool ScanString()
        {
            string s = _s;
            int n = s.Length;
            int p = _pos;
            bool escaped = false;
            while (p < n)
            {
                char c = s[p++];
                if (c > '\\')
                {
                    continue; // lowercase letters and most text: nothing to check
                }

                if (c == '"')
                {
                    _pos = p;
                    return escaped;
                }

                if (c < 0x20)
                {
                    _pos = p;
                    throw Formation("control char");
                }

                if (c == '\\')
                {
                    escaped = true;
                    if (p >= n)
                    {
                        break;
                    }

                    char e = s[p++];
                    if (e == 'u')
                    {
                        if (p + 4 > n || Hex(s[p]) < 0 || Hex(s[p + 1]) < 0 || Hex(s[p + 2]) < 0 || Hex(s[p + 3]) < 0)
                        {
                            _pos = p;
                            throw Formation("bad \\u escape");
                        }

                        p += 4;
                    }
                    else if ("\"\\/bfnrt".IndexOf(e) < 0)
                    {
                        _pos = p;
                        throw Formation("bad escape");
                    }
                }
            }

            _pos = p;
            throw Formation("unterminated");
        }

        /// <summary>
        /// Decodes an already validated escaped string body. It works on a char[] copy, which is exact on both runtimes (the
        /// nanoCLR string indexer returns the high surrogate for both halves of a pair), in place: decoding only shortens.
        /// </summary>
        private string Decode(int start, int length)
        {
            char[] text = _s.ToCharArray(start, length);
            int o = 0;
            for (int p = 0; p < length; p++)
            {
                char c = text[p];
                if (c == '\\')
                {
                    c = text[++p];
                    if (c == 'u')
                    {
                        c = (char)((Hex(text[p + 1]) << 12) | (Hex(text[p + 2]) << 8) | (Hex(text[p + 3]) << 4) | Hex(text[p + 4]));
                        p += 4;
                    }
                    else
                    {
                        int named = "bfnrt".IndexOf(c);
                        c = named < 0 ? c : "\b\f\n\r\t"[named]; // '"', '\\' and '/' stand for themselves
                    }
                }

                text[o++] = c;
            }

            return new string(text, 0, o);
        }

        private static int Hex(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
