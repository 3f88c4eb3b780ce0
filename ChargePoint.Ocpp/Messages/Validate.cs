namespace ChargePoint.Ocpp.Messages
{
    /// <summary>Payload constraint checks, each throwing the CallError code the spec names (see <see cref="CallErrorCode"/>).</summary>
    public static class Validate
    {
        /// <summary>A required field is missing: OccurenceConstraintViolation.</summary>
        public static void Required(bool present, string field)
        {
            if (!present)
            {
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "missing " + field);
            }
        }

        /// <summary>
        /// True when <paramref name="value"/> is one of the space-separated words of <paramref name="table"/> (an
        /// enumeration's <c>All</c>): compared in place, no allocation.
        /// </summary>
        public static bool IsOneOf(string value, string table) => value != null && WordAt(table, value, 0, value.Length, ' ') >= 0;

        /// <summary>
        /// The position of <paramref name="word"/> among the <paramref name="separator"/>-separated words of
        /// <paramref name="table"/> (0 for the first), or -1: an index for a switch, without a string switch's hash code.
        /// </summary>
        public static int Ordinal(string table, char separator, string word)
        {
            int at = WordAt(table, word, 0, word.Length, separator);
            int n = at < 0 ? -1 : 0;
            for (int i = 0; i < at; i++)
            {
                n += table[i] == separator ? 1 : 0;
            }

            return n;
        }

        /// <summary>Where the word equal to s[start..start+length) starts in <paramref name="table"/> (words separated by <paramref name="separator"/>), or -1.</summary>
        public static int WordAt(string table, string s, int start, int length, char separator)
        {
            if (length == 0)
            {
                return -1;
            }

            char first = s[start];
            for (int at = table.IndexOf(first); at >= 0; at = table.IndexOf(first, at + 1))
            {
                int end = at + length;
                if ((at == 0 || table[at - 1] == separator) && end <= table.Length && (end == table.Length || table[end] == separator))
                {
                    int k = 1;
                    while (k < length && s[start + k] == table[at + k] && table[at + k] != separator)
                    {
                        k++;
                    }

                    if (k == length)
                    {
                        return at;
                    }
                }
            }

            return -1;
        }
    }
}
