using System.Text;

namespace ChargePoint.Ocpp.Platform
{
    /// <summary>
    /// The text form of the small line records kept in <see cref="IStorage"/> (ocpp.config, sec.events): UTF-8, one
    /// entry per '\n'-terminated line, values backslash-escaped so they never break a line. Tab is escaped only where
    /// it separates fields (escapeTab); elsewhere it is stored raw and "\t" reads back as 't', as records have always been
    /// written. Changing any of this changes stored bytes.
    /// </summary>
    public static class RecordText
    {
        /// <summary>The record's lines (the last one is empty when the record ends with '\n').</summary>
        public static string[] Lines(byte[] data) => new string(Encoding.UTF8.GetChars(data)).Split(new char[] { '\n' });

        public static byte[] Bytes(StringBuilder sb) => Encoding.UTF8.GetBytes(sb.ToString());

        /// <summary>Appends value with '\\', '\n', '\r' (and '\t' when escapeTab) escaped.</summary>
        public static void Escape(StringBuilder sb, string value, bool escapeTab)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0xD800)
                {
                    // The nanoCLR indexer returns the high surrogate for both halves of a pair: finish from a char[].
                    char[] chars = value.ToCharArray();
                    for (; i < chars.Length; i++)
                    {
                        EscapeChar(sb, chars[i], escapeTab);
                    }

                    return;
                }

                EscapeChar(sb, c, escapeTab);
            }
        }

        /// <summary>Reverses <see cref="Escape"/> with the same escapeTab; any other escaped char stands for itself.</summary>
        public static string Unescape(string value, bool escapeTab)
        {
            if (value.IndexOf('\\') < 0)
            {
                return value;
            }

            // Walk a char[]: the string indexer is wrong for surrogate pairs on the nanoCLR.
            char[] chars = value.ToCharArray();
            var sb = new StringBuilder(chars.Length);
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c == '\\' && i + 1 < chars.Length)
                {
                    char n = chars[++i];
                    sb.Append(n == 'n' ? '\n' : n == 't' && escapeTab ? '\t' : n == 'r' ? '\r' : n);
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        private static void EscapeChar(StringBuilder sb, char c, bool escapeTab)
        {
            if (c == '\\')
            {
                sb.Append("\\\\");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\t' && escapeTab)
            {
                sb.Append("\\t");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
