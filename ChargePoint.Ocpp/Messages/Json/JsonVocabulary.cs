namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// A fixed set of known strings (enumeration values, action names) that <see cref="JsonReader"/> returns as
    /// the existing instances instead of allocating a copy of each occurrence: decoding "Sample.Periodic" ten
    /// times then costs no heap at all. Lookup compares the frame text in place (no allocation); words are
    /// bucketed by length. Immutable once built, so one instance can serve every reader.
    /// </summary>
    public sealed class JsonVocabulary
    {
        // One array of the distinct words ordered by length, and where each length starts: two arrays in all instead
        // of one per length (every array is a heap block with its own header on the nanoCLR).
        private readonly string[] _words;
        private readonly int[] _start;

        public JsonVocabulary(string[] words)
        {
            int max = 0;
            for (int i = 0; i < words.Length; i++)
            {
                if (words[i].Length > max)
                {
                    max = words[i].Length;
                }
            }

            // Distinct words, counted per length.
            var distinct = new string[words.Length];
            int count = 0;
            var perLength = new int[max + 1];
            for (int i = 0; i < words.Length; i++)
            {
                string w = words[i];
                bool duplicate = false;
                for (int j = 0; j < count; j++)
                {
                    if (distinct[j] == w)
                    {
                        duplicate = true;
                        break;
                    }
                }

                if (!duplicate)
                {
                    distinct[count++] = w;
                    perLength[w.Length]++;
                }
            }

            _start = new int[max + 2];
            for (int n = 0; n <= max; n++)
            {
                _start[n + 1] = _start[n] + perLength[n];
            }

            _words = new string[count];
            var next = new int[max + 1];
            for (int i = 0; i < count; i++)
            {
                string w = distinct[i];
                _words[_start[w.Length] + next[w.Length]++] = w;
            }
        }

        /// <summary>The known word equal to s[start..start+length), or null.</summary>
        public string? Find(string s, int start, int length)
        {
            if (length + 1 >= _start.Length)
            {
                return null;
            }

            string[] words = _words;
            int end = _start[length + 1];
            for (int i = _start[length]; i < end; i++)
            {
                string w = words[i];
                int k = 0;
                while (k < length && w[k] == s[start + k])
                {
                    k++;
                }

                if (k == length)
                {
                    return w;
                }
            }

            return null;
        }
    }
}
