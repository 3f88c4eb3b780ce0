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
    public sealed partial class JsonReader
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
    }
}
