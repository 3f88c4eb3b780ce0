namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// A fixed set of known strings (enumeration values, action names) that <see cref="JsonReader"/> returns as one
    /// shared instance each instead of allocating a copy of each occurrence: decoding "Sample.Periodic" ten times
    /// allocates it once. The words come as tables of space-separated words (the enumerations' <c>All</c> constants,
    /// literals the assembly holds anyway), indexed by length; lookup compares the frame text in place, and a word is
    /// cut out of its table the first time it is found (most words never occur).
    /// </summary>
    public sealed class JsonVocabulary
    {
        private readonly string[] _tables;

        // Per distinct word, ordered by length: (table index << 16) | offset in the table. Where each length starts.
        private readonly int[] _at;
        private readonly int[] _start;

        // The word instances handed out so far (null: not found yet).
        private readonly string?[] _found;

        public JsonVocabulary(string[] tables)
        {
            _tables = tables;

            // Every word, then the distinct ones counted per length (compared in place: no copies).
            int total = 0;
            int max = 0;
            for (int t = 0; t < tables.Length; t++)
            {
                string table = tables[t];
                for (int at = 0; at < table.Length; at = End(table, at) + 1)
                {
                    total++;
                    int length = End(table, at) - at;
                    if (length > max)
                    {
                        max = length;
                    }
                }
            }

            var distinct = new int[total];
            int count = 0;
            var perLength = new int[max + 1];
            for (int t = 0; t < tables.Length; t++)
            {
                string table = tables[t];
                for (int at = 0; at < table.Length; at = End(table, at) + 1)
                {
                    int length = End(table, at) - at;
                    bool duplicate = false;
                    for (int j = 0; j < count && !duplicate; j++)
                    {
                        duplicate = Length(distinct[j]) == length && Same(distinct[j], table, at, length);
                    }

                    if (!duplicate)
                    {
                        distinct[count++] = (t << 16) | at;
                        perLength[length]++;
                    }
                }
            }

            _start = new int[max + 2];
            for (int n = 0; n <= max; n++)
            {
                _start[n + 1] = _start[n] + perLength[n];
            }

            _at = new int[count];
            var next = new int[max + 1];
            for (int i = 0; i < count; i++)
            {
                int length = Length(distinct[i]);
                _at[_start[length] + next[length]++] = distinct[i];
            }

            _found = new string?[count];
        }

        /// <summary>The known word equal to s[start..start+length), or null.</summary>
        public string? Find(string s, int start, int length)
        {
            if (length + 1 >= _start.Length)
            {
                return null;
            }

            // The comparison is inline (no call per candidate: calls are what costs on the interpreter).
            int end = _start[length + 1];
            for (int i = _start[length]; i < end; i++)
            {
                int at = _at[i];
                string table = _tables[at >> 16];
                int offset = at & 0xFFFF;
                int k = 0;
                while (k < length && table[offset + k] == s[start + k])
                {
                    k++;
                }

                if (k == length)
                {
                    string? word = _found[i];
                    if (word == null)
                    {
                        word = length == table.Length ? table : table.Substring(offset, length);
                        _found[i] = word;
                    }

                    return word;
                }
            }

            return null;
        }

        /// <summary>Whether the word at <paramref name="at"/>, of that length, equals s[start..start+length).</summary>
        private bool Same(int at, string s, int start, int length)
        {
            string table = _tables[at >> 16];
            int offset = at & 0xFFFF;
            int k = 0;
            while (k < length && table[offset + k] == s[start + k])
            {
                k++;
            }

            return k == length;
        }

        private int Length(int at)
        {
            string table = _tables[at >> 16];
            int offset = at & 0xFFFF;
            return End(table, offset) - offset;
        }

        /// <summary>Where the word starting at <paramref name="at"/> ends (the next space or the table's end).</summary>
        private static int End(string table, int at)
        {
            int end = table.IndexOf(' ', at);
            return end < 0 ? table.Length : end;
        }
    }
}
