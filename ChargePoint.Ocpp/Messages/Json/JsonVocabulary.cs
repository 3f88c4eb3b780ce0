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
        // Per distinct word, ordered by length: the word once found, before that its table (a one-word table is the
        // word itself), and its offset in that table; where each length starts. Two arrays per word, as many as a
        // plain word list would need with the offsets.
        private readonly string[] _words;
        private readonly ushort[] _offset;
        private readonly int[] _start;

        public JsonVocabulary(string[] tables)
        {
            // Every word as (table, offset); the distinct ones counted per length (compared in place: no copies).
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

            var tableOf = new string[total];
            var offsetOf = new int[total];
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
                        string other = tableOf[j];
                        int o = offsetOf[j];
                        if (End(other, o) - o == length)
                        {
                            int k = 0;
                            while (k < length && other[o + k] == table[at + k])
                            {
                                k++;
                            }

                            duplicate = k == length;
                        }
                    }

                    if (!duplicate)
                    {
                        tableOf[count] = table;
                        offsetOf[count++] = at;
                        perLength[length]++;
                    }
                }
            }

            _start = new int[max + 2];
            for (int n = 0; n <= max; n++)
            {
                _start[n + 1] = _start[n] + perLength[n];
            }

            _words = new string[count];
            _offset = new ushort[count];
            var next = new int[max + 1];
            for (int i = 0; i < count; i++)
            {
                int length = End(tableOf[i], offsetOf[i]) - offsetOf[i];
                int slot = _start[length] + next[length]++;
                _words[slot] = tableOf[i];
                _offset[slot] = (ushort)offsetOf[i];
            }
        }

        /// <summary>The known word equal to s[start..start+length), or null.</summary>
        public string Find(string s, int start, int length)
        {
            if (length + 1 >= _start.Length)
            {
                return null;
            }

            // The comparison is inline (no call per candidate: calls are what costs on the interpreter).
            int end = _start[length + 1];
            for (int i = _start[length]; i < end; i++)
            {
                string text = _words[i];
                bool found = text.Length == length;
                int offset = found ? 0 : _offset[i];
                int k = 0;
                while (k < length && text[offset + k] == s[start + k])
                {
                    k++;
                }

                if (k == length)
                {
                    if (!found)
                    {
                        text = text.Substring(offset, length);
                        _words[i] = text;
                    }

                    return text;
                }
            }

            return null;
        }

        /// <summary>Where the word starting at <paramref name="at"/> ends (the next space or the table's end).</summary>
        private static int End(string table, int at)
        {
            int end = table.IndexOf(' ', at);
            return end < 0 ? table.Length : end;
        }
    }
}
