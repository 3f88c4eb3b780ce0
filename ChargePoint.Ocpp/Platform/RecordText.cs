using System.Text;

namespace ChargePoint.Ocpp.Platform
{
    /// <summary>
    /// The text form of the small line records kept in <see cref="IStorage"/> (ocpp.config, sec.events): UTF-8, one
    /// entry per '\n'-terminated line, values backslash-escaped so they never break a line. Tab is escaped only where
    /// it separates fields (escapeTab); elsewhere it is stored raw and "\t" reads back as 't', as records have always been
    /// written. Changing any of this changes stored bytes.
    /// Every text record is sealed with a last line "#crc32=XXXXXXXX\n" (CRC-32 of the bytes before it, upper-case hex).
    /// A record without that line was written by an older firmware and is accepted as it is (legacy; the next save seals
    /// it); a record whose last line is (or was, before damage) a seal that does not match is corrupt as a whole.
    /// </summary>
    public static class RecordText
    {
        public const string SealPrefix = "#crc32=";

        /// <summary>"#crc32=" + 8 hex digits + '\n'.</summary>
        public const int SealLength = 16;

        /// <summary>Returned by <see cref="CheckedLength"/> for a record that failed its check.</summary>
        public const int Corrupt = -1;

        /// <summary>
        /// The lines of the first length bytes (the checked body, see <see cref="CheckedLength"/>, or all of a plain
        /// record); the last line is empty when they end with '\n'.
        /// </summary>
        public static string[] Lines(byte[] data, int length) => new string(Encoding.UTF8.GetChars(data, 0, length)).Split(new char[] { '\n' });

        /// <summary>
        /// The record's bytes without a seal: for records whose every entry carries its own check and is recovered one by
        /// one (sec.certs, sec.cpcert). A line record (lines, each ending with '\n') is sealed: <c>Seal(PlainBytes(sb))</c>.
        /// </summary>
        public static byte[] PlainBytes(StringBuilder sb) => Encoding.UTF8.GetBytes(sb.ToString());

        /// <summary>A record that is not line-terminated (JSON, a fixed list of fields): text, '\n', seal line.</summary>
        public static byte[] SealedText(string text) => Seal(Encoding.UTF8.GetBytes(text + "\n"));

        /// <summary>body followed by its seal line.</summary>
        public static byte[] Seal(byte[] body)
        {
            var all = new byte[body.Length + SealLength];
            System.Array.Copy(body, all, body.Length);
            int at = body.Length;
            for (int i = 0; i < SealPrefix.Length; i++)
            {
                all[at++] = (byte)SealPrefix[i];
            }

            uint crc = Crc32.Compute(body, 0, body.Length);
            for (int shift = 28; shift >= 0; shift -= 4)
            {
                all[at++] = (byte)Hex[(int)((crc >> shift) & 0xF)];
            }

            all[at] = (byte)'\n';
            return all;
        }

        /// <summary>
        /// The length of the record's trusted body: the bytes before a matching seal, all of a legacy record (no seal, as
        /// older firmware wrote it), or <see cref="Corrupt"/>. A record counts as sealed (and must match) when its last 16
        /// bytes look like a seal with up to three damaged chars, when "#crc32=" appears anywhere, or when it does not
        /// end with '\n' (a torn or extended record: no writer ever left a partial line). For a record written with
        /// <see cref="SealedText"/> (lineRecord false) the body excludes the '\n' before the seal and a legacy record need
        /// not end with '\n'.
        /// </summary>
        public static int CheckedLength(byte[] data, bool lineRecord)
        {
            int n = data.Length;
            if (n == 0)
            {
                return 0;
            }

            int body = n - SealLength;
            if (body >= 0)
            {
                int wrong = data[n - 1] != (byte)'\n' ? 1 : 0;
                for (int i = 0; i < SealPrefix.Length; i++)
                {
                    if (data[body + i] != (byte)SealPrefix[i])
                    {
                        wrong++;
                    }
                }

                if (wrong <= 3)
                {
                    // It looks like a seal (up to three damaged chars): it must match exactly.
                    if (wrong > 0)
                    {
                        return Corrupt;
                    }

                    uint crc = Crc32.Compute(data, 0, body);
                    int at = body + SealPrefix.Length;
                    for (int shift = 28; shift >= 0; shift -= 4)
                    {
                        if (data[at++] != (byte)Hex[(int)((crc >> shift) & 0xF)])
                        {
                            return Corrupt;
                        }
                    }

                    return lineRecord || body == 0 ? body : body - 1;
                }
            }

            if (lineRecord && data[n - 1] != (byte)'\n')
            {
                return Corrupt;
            }

            // "#crc32=" anywhere: a seal that was damaged or extended.
            for (int i = 0; i + SealPrefix.Length <= n; i++)
            {
                int k = 0;
                while (k < SealPrefix.Length && data[i + k] == (byte)SealPrefix[k])
                {
                    k++;
                }

                if (k == SealPrefix.Length)
                {
                    return Corrupt;
                }
            }

            return n; // legacy
        }

        /// <summary>
        /// The <see cref="Lines"/> of the checked body of record name, a line record or (lineRecord false) one written with
        /// <see cref="SealedText"/> (its text is then the first line); null when the record is absent, or when it fails
        /// its check: then it is reported through <see cref="StoreHealth"/> (moved aside, warned, sent to the Central
        /// System) and the store goes on with its defaults.
        /// </summary>
        public static string[] ReadLines(IStorage storage, string name, string detail, bool lineRecord)
        {
            byte[] data = storage.Read(name);
            if (data == null)
            {
                return null;
            }

            int length = CheckedLength(data, lineRecord);
            if (length == Corrupt)
            {
                StoreHealth.Report(storage, name, detail);
                return null;
            }

            return Lines(data, length);
        }

        private const string Hex = "0123456789ABCDEF";

        /// <summary>Appends value with '\\', '\n', '\r' (and '\t' when escapeTab) escaped.</summary>
        public static void Escape(StringBuilder sb, string value, bool escapeTab)
        {
            char[] chars = null;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0xD800 && chars == null)
                {
                    // The nanoCLR indexer returns the high surrogate for both halves of a pair: finish from a char[].
                    chars = value.ToCharArray();
                }

                c = chars == null ? c : chars[i];
                int k = c == '\t' && !escapeTab ? -1 : Escaped.IndexOf(c);
                if (k >= 0)
                {
                    sb.Append('\\');
                    c = "\\ntr"[k];
                }

                sb.Append(c);
            }
        }

        // The chars Escape writes as '\\' + the char at the same place in "\\ntr".
        private const string Escaped = "\\\n\t\r";

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
    }
}
