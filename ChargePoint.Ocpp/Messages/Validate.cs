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
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "missing required field " + field);
            }
        }

        /// <summary>
        /// True when <paramref name="value"/> is one of the space-separated words of <paramref name="table"/> (an
        /// enumeration's <c>All</c>): compared in place, no allocation.
        /// </summary>
        public static bool IsOneOf(string value, string table) => value != null && WordAt(table, value, 0, value.Length) >= 0;

        /// <summary>Where the word equal to s[start..start+length) starts in <paramref name="table"/> (space-separated words), or -1.</summary>
        public static int WordAt(string table, string s, int start, int length)
        {
            if (length == 0)
            {
                return -1;
            }

            char first = s[start];
            for (int at = table.IndexOf(first); at >= 0; at = table.IndexOf(first, at + 1))
            {
                int end = at + length;
                if ((at == 0 || table[at - 1] == ' ') && end <= table.Length && (end == table.Length || table[end] == ' '))
                {
                    int k = 1;
                    while (k < length && s[start + k] == table[at + k] && table[at + k] != ' ')
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
