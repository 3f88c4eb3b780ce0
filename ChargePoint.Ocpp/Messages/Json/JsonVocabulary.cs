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

        // The words found so far, one instance each (a word is looked up here before its table, so it enters once);
        // grown by doubling: a charger meets a dozen or two of them, so room for every word is not taken up front.
        private string[] _found = new string[8];
        private int _count;

        public JsonVocabulary(string[] tables)
        {
            _tables = tables;
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
                    if (_count == _found.Length)
                    {
                        var grown = new string[2 * _count];
                        Array.Copy(_found, grown, _count);
                        _found = grown;
                    }

                    _found[_count++] = word;

                    return word;
                }
            }

            return null;
        }
    }
}
