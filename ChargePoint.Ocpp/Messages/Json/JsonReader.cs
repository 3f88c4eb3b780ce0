using System;

namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// Forward-only pull reader over one frame of text. No reflection, no DOM: a parser walks the structure
    /// it expects and skips what it does not know. Property order is free:
    /// <code>
    /// r.ReadStartObject("payload");
    /// for (int k; (k = r.NextKey(Key.IdTag + Key.ParentIdTag, 1)) >= 0;) // idTag required
    /// {
    ///     if (k == 0) idTag = r.ReadString(null, 20);
    /// }
    /// </code>
    /// The value of a property the parser does not read is skipped (and checked) by the next <see cref="NextKey"/> or
    /// <see cref="NextProperty"/>.
    /// Errors throw <see cref="OcppException"/> with the CallError code the spec names: syntax, caps
    /// (<see cref="MaxChars"/>, the constructor's maxDepth) → FormationViolation; a value of the wrong JSON type,
    /// a malformed dateTime or an over-long string → TypeConstraintViolation. Reuse one reader per session
    /// (<see cref="Reset"/>). The <c>field</c> of a read names the value in those errors; null
    /// means the current property (a message parser's branch reads the property it tested, so it does not pass the
    /// name twice).
    /// </summary>
    public sealed class JsonReader
    {
        public const int DefaultMaxChars = 16384;
        public const int DefaultMaxDepth = 16;

        /// <summary>Kinds of the next JSON value, as <see cref="PeekKind"/> returns them (KindNone: no value there).</summary>
        public const int KindNone = 0, KindObject = 1, KindArray = 2, KindString = 3, KindNumber = 4, KindTrue = 5, KindFalse = 6, KindNull = 7;

        // Per depth: the bits of the keys NextKey met in that object (bit 31: past the first member).
        private readonly int[] _seen;
        private string _s = string.Empty;
        private int _pos;

        // Current property name: a slice of _s, or all of its decoded copy when escaped. It names the value in the
        // errors of a read given a null field (built on the error path only).
        private string _key;
        private int _keyStart;
        private int _keyLength;

        // Where the current property's value starts (a read moves _pos past it).
        private int _valueAt;

        public JsonReader(int maxChars = DefaultMaxChars, int maxDepth = DefaultMaxDepth)
        {
            MaxChars = maxChars;
            _seen = new int[maxDepth + 1]; // its length is the depth bound: maxDepth + 1
        }

        public readonly int MaxChars;

        /// <summary>Optional known strings that <see cref="ReadString(string)"/> returns without allocating a copy.</summary>
        public JsonVocabulary Vocabulary;

        /// <summary>Current nesting depth (0 outside any container); read only.</summary>
        public int Depth;

        public void Reset(string text)
        {
            if (text.Length > MaxChars)
            {
                throw Formation("frame exceeds " + MaxChars.ToString() + " characters");
            }

            _s = text;
            _pos = 0;
            _valueAt = -1;
            Depth = 0;
        }

        // ---- structure ----

        public int PeekKind()
        {
            SkipWs();
            if (_pos >= _s.Length)
            {
                return KindNone;
            }

            // The first character decides, in the order of the Kind constants: object, array, string, number, true, false, null.
            char c = _s[_pos];
            int kind = "{[\"-tfn".IndexOf(c) + 1;
            return kind == 0 && c >= '0' && c <= '9' ? KindNumber : kind;
        }

        /// <summary>Consumes '{'. A value of another type is a TypeConstraintViolation naming the field.</summary>
        public void ReadStartObject(string field)
        {
            Expect(KindObject, field);
            Open();
        }

        public void ReadStartArray(string field)
        {
            Expect(KindArray, field);
            Open();
        }

        /// <summary>Moves to the next property of the current object; false (and the object consumed) at '}'.</summary>
        public bool NextProperty()
        {
            if (_pos == _valueAt)
            {
                SkipValue(); // the previous property's value, not read: unknown to the parser (tolerated)
            }

            if (!NextMember('}'))
            {
                return false;
            }

            // NextMember has skipped the whitespace: test the quote in place (two calls fewer per property).
            if (_pos >= _s.Length || _s[_pos] != '"')
            {
                throw Formation("name expected");
            }

            int start = ++_pos;
            _key = _s;
            _keyStart = start;
            if (ScanString())
            {
                _key = Decode(start, _pos - 1 - start);
                _keyStart = 0;
            }

            _keyLength = _key == _s ? _pos - 1 - start : _key.Length;

            SkipWs();
            if (_pos >= _s.Length || _s[_pos] != ':')
            {
                throw Formation("':' expected");
            }

            _valueAt = ++_pos;
            return true;
        }

        /// <summary>Moves to the next element of the current array; false (and the array consumed) at ']'.</summary>
        public bool NextItem() => NextMember(']');

        /// <summary>Compares the current property name without allocating.</summary>
        public bool NameIs(string name) => name.Length == _keyLength && _key.IndexOf(name, _keyStart, _keyLength) == _keyStart;

        /// <summary>
        /// A message parser's loop: moves to the next property of the current object and returns the position of its
        /// name among <paramref name="keys"/>, a concatenation of <see cref="Key"/> constants (0 for the first; 30 when
        /// not among them, its value then skipped by the next call). At the object's end returns -1, after checking that every key whose bit is set in
        /// <paramref name="required"/> (bit 0: the first) was present: OccurenceConstraintViolation naming the first one missing.
        /// </summary>
        public int NextKey(string keys, int required)
        {
            int depth = Depth;
            if (!NextProperty())
            {
                required &= ~_seen[depth];
                for (int i = 0; required != 0; i++, required >>= 1)
                {
                    if ((required & 1) != 0)
                    {
                        int at = keys[i] - 0x100; // error path only
                        Messages.Validate.Required(false, Key.Table.Substring(at, Key.Table.IndexOf(' ', at) - at));
                    }
                }

                return -1;
            }

            int k = keys.IndexOf((char)(Messages.Validate.WordAt(Key.Table, _key, _keyStart, _keyLength, ' ') + 0x100));
            k = k < 0 ? 30 : k;
            _seen[depth] |= 1 << k;
            return k;
        }

        /// <summary>Skips the next value whatever it is, containers included.</summary>
        public void SkipValue()
        {
            int kind = PeekKind();
            switch (kind)
            {
                case KindObject:
                    Open();
                    while (NextProperty())
                    {
                        SkipValue();
                    }

                    return;
                case KindArray:
                    Open();
                    while (NextItem())
                    {
                        SkipValue();
                    }

                    return;
                case KindString:
                    _pos++;
                    ScanString();
                    return;
                case KindNumber:
                    ScanNumber(out _, out _);
                    return;
                case KindNone:
                    throw Formation("value expected");
                default:
                    string word = kind == KindTrue ? "true" : kind == KindFalse ? "false" : "null";
                    if (_pos + word.Length > _s.Length || _s.IndexOf(word, _pos, word.Length) != _pos)
                    {
                        throw Formation("bad literal");
                    }

                    _pos += word.Length;
                    CheckDelimiter();
                    return;
            }
        }

        /// <summary>Asserts that only whitespace is left.</summary>
        public void ReadEnd()
        {
            SkipWs();
            if (_pos != _s.Length || Depth != 0)
            {
                throw Formation("trailing data");
            }
        }

        // ---- values ----

        public string ReadString(string field)
        {
            Expect(KindString, field);
            _pos++;
            int start = _pos;
            bool escaped = ScanString();
            int length = _pos - 1 - start;
            if (escaped)
            {
                return Decode(start, length);
            }

            // A known word (enum value, action) comes back as the existing instance: no allocation.
            string known = Vocabulary?.Find(_s, start, length);
            return known ?? _s.Substring(start, length);
        }

        /// <summary>Reads a CiString of at most maxLength characters (TypeConstraintViolation when longer).</summary>
        public string ReadString(string field, int maxLength)
        {
            string value = ReadString(field);
            if (value.Length > maxLength)
            {
                throw TypeViolation(field, " over " + maxLength.ToString() + " chars");
            }

            return value;
        }

        /// <summary>Reads an integer (a number with a fraction or an exponent, or beyond the int range, is a TypeConstraintViolation).</summary>
        public int ReadInt(string field) => (int)Number(field, true);

        /// <summary>Reads an integer of at least <paramref name="min"/> (PropertyConstraintViolation below it).</summary>
        public int ReadInt(string field, int min)
        {
            int value = ReadInt(field);
            if (value < min)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, Field(field) + " below " + min.ToString());
            }

            return value;
        }

        /// <summary>
        /// Reads an enumeration string, one of the words of <paramref name="table"/> (an <c>All</c> of V16/DataTypes;
        /// PropertyConstraintViolation otherwise).
        /// </summary>
        public string ReadEnum(string field, string table)
        {
            string value = ReadString(field);
            if (!Messages.Validate.IsOneOf(value, table))
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, Field(field) + " invalid: '" + value + "'");
            }

            return value;
        }

        public double ReadDouble(string field) => Number(field, false);

        /// <summary>Reads a number; an integer one (<paramref name="integer"/>) has neither fraction nor exponent and fits an int.</summary>
        private double Number(string field, bool integer)
        {
            Expect(KindNumber, field);
            bool negative = _s[_pos] == '-';
            int scale;
            bool plain;
            long mantissa = ScanNumber(out scale, out plain);
            if (integer && !plain)
            {
                throw TypeViolation(field, " not an integer");
            }

            // Exact for up to 18 significant digits with a power-of-ten scale up to 22 (every OCPP decimal).
            double power = 1, b = 10;
            for (int n = scale < 0 ? -scale : scale; n > 0; n >>= 1)
            {
                if ((n & 1) != 0)
                {
                    power *= b;
                }

                b *= b;
            }

            double value = scale < 0 ? mantissa / power : mantissa * power;
            if (double.IsInfinity(value))
            {
                throw Formation("bad number");
            }

            value = negative ? -value : value;
            if (integer && (value < int.MinValue || value > int.MaxValue))
            {
                throw TypeViolation(field, " is out of range");
            }

            return value;
        }

        /// <summary>Reads an ISO 8601 dateTime as UTC (TypeConstraintViolation when malformed).</summary>
        public DateTime ReadDateTime(string field)
        {
            Expect(KindString, field);
            _pos++;
            int start = _pos;
            bool escaped = ScanString();
            int length = _pos - 1 - start;
            string s = _s;
            if (escaped)
            {
                s = Decode(start, length);
                start = 0;
                length = s.Length;
            }

            long ticks = IsoTime.Ticks(s, start, start + length);
            if (ticks < 0)
            {
                throw TypeViolation(field, " not a dateTime");
            }

            return new DateTime(ticks, DateTimeKind.Utc);
        }

        // ---- internals ----

        private void Expect(int kind, string field)
        {
            int actual = PeekKind();
            if (actual == kind)
            {
                return;
            }

            if (actual == KindNone)
            {
                throw Formation("value expected");
            }

            // Expect is only asked for these four.
            throw TypeViolation(field, " must be " + (kind == KindObject ? "an object" : kind == KindArray ? "an array"
                : kind == KindString ? "a string" : "a number"));
        }

        /// <summary>A TypeConstraintViolation of <paramref name="field"/> (null: the current property).</summary>
        private OcppException TypeViolation(string field, string what) =>
            new OcppException(CallErrorCode.TypeConstraintViolation, Field(field) + what);

        private string Field(string field) => field ?? _key.Substring(_keyStart, _keyLength);

        /// <summary>A FormationViolation (the RPC session's envelope errors too).</summary>
        internal static OcppException Formation(string what) => new OcppException(CallErrorCode.FormationViolation, what);

        private void Open()
        {
            if (Depth >= _seen.Length - 1) // the constructor's maxDepth
            {
                throw Formation("too deep");
            }

            _pos++;
            Depth++;
            _seen[Depth] = 0;
        }

        private bool NextMember(char close)
        {
            if (Depth == 0)
            {
                throw new InvalidOperationException("not in a container");
            }

            SkipWs();
            if (_pos >= _s.Length)
            {
                throw Formation("unterminated");
            }

            char c = _s[_pos];
            if (c == close)
            {
                _pos++;
                Depth--;
                return false;
            }

            if (_seen[Depth] >= 0)
            {
                _seen[Depth] |= int.MinValue;
                return true;
            }

            if (c != ',')
            {
                throw Formation("',' expected");
            }

            _pos++;
            SkipWs();
            if (_pos < _s.Length && _s[_pos] == close)
            {
                throw Formation("trailing ','");
            }

            return true;
        }

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
