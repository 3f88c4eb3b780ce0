using System;

namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// A fixed set of known strings (enumeration values, action names) that <see cref="JsonReader"/> returns as one
    /// shared instance each instead of allocating a copy of each occurrence: decoding "Sample.Periodic" ten times
    /// allocates it once. The words come as tables of space-separated words (the enumerations' <c>All</c> constants,
    /// literals the assembly holds anyway); lookup compares the frame text in place, first with the words met so far,
    /// then in the tables, and a word is cut out of its table the first time it is found (most words never occur).
    /// </summary>
    public sealed class JsonVocabulary
    {
        private readonly string[] _tables;

        // The words found so far, one instance each; grown on demand (doubling) up to every word of the tables: a charger
        // meets a dozen or two of them, so the room for all of them is not taken up front.
        private string[] _found = new string[8];
        private int _count;
        private readonly int _words;

        public JsonVocabulary(string[] tables)
        {
            _tables = tables;
            int words = tables.Length;
            for (int t = 0; t < tables.Length; t++)
            {
                for (int at = tables[t].IndexOf(' '); at >= 0; at = tables[t].IndexOf(' ', at + 1))
                {
                    words++;
                }
            }

            _words = words;
        }

        /// <summary>The known word equal to s[start..start+length), or null.</summary>
        public string Find(string s, int start, int length)
        {
            // The comparison is inline (no call per candidate: calls are what costs on the interpreter).
            for (int i = 0; i < _count; i++)
            {
                string word = _found[i];
                if (word.Length == length)
                {
                    int k = 0;
                    while (k < length && word[k] == s[start + k])
                    {
                        k++;
                    }

                    if (k == length)
                    {
                        return word;
                    }
                }
            }

            for (int t = 0; t < _tables.Length; t++)
            {
                string table = _tables[t];
                int at = Messages.Validate.WordAt(table, s, start, length, ' ');
                if (at >= 0)
                {
                    string word = table.Length == length ? table : table.Substring(at, length);
                    if (_count == _found.Length && _count < _words)
                    {
                        var grown = new string[_count * 2 < _words ? _count * 2 : _words];
                        Array.Copy(_found, grown, _count);
                        _found = grown;
                    }

                    if (_count < _found.Length)
                    {
                        _found[_count++] = word;
                    }

                    return word;
                }
            }

            return null;
        }
    }
}
