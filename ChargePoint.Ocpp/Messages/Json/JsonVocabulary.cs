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
        private readonly string[][] _byLength;

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

            var counts = new int[max + 1];
            for (int i = 0; i < words.Length; i++)
            {
                counts[words[i].Length]++;
            }

            _byLength = new string[max + 1][];
            for (int n = 0; n <= max; n++)
            {
                _byLength[n] = new string[counts[n]];
                counts[n] = 0;
            }

            for (int i = 0; i < words.Length; i++)
            {
                string w = words[i];
                var bucket = _byLength[w.Length];
                bool duplicate = false;
                for (int j = 0; j < counts[w.Length]; j++)
                {
                    if (bucket[j] == w)
                    {
                        duplicate = true;
                        break;
                    }
                }

                if (!duplicate)
                {
                    bucket[counts[w.Length]++] = w;
                }
            }

            for (int n = 0; n <= max; n++)
            {
                if (counts[n] != _byLength[n].Length)
                {
                    var trimmed = new string[counts[n]];
                    for (int j = 0; j < trimmed.Length; j++)
                    {
                        trimmed[j] = _byLength[n][j];
                    }

                    _byLength[n] = trimmed;
                }
            }
        }

        /// <summary>The known word equal to s[start..start+length), or null.</summary>
        public string? Find(string s, int start, int length)
        {
            if (length >= _byLength.Length)
            {
                return null;
            }

            var bucket = _byLength[length];
            for (int i = 0; i < bucket.Length; i++)
            {
                string w = bucket[i];
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
