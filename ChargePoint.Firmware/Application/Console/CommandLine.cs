namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// One console line split into words on spaces and tabs. The first word is the command (lower-cased);
    /// <see cref="RestFrom"/> returns the raw remainder so values may contain spaces (a Wi-Fi SSID).
    /// </summary>
    public sealed class CommandLine
    {
        private readonly string _text;
        private readonly string[] _words;

        public CommandLine(string text)
        {
            _text = text;
            Count = Scan(text, null, -1);
            _words = new string[Count];
            Scan(text, _words, -1);
            Command = Lower(0);
        }

        /// <summary>The number of words (0 for an empty line).</summary>
        public readonly int Count;

        /// <summary>The command word, lower-cased ("" for an empty line).</summary>
        public readonly string Command;

        /// <summary>Word <paramref name="index"/> as typed, or "" past the end.</summary>
        public string Word(int index)
        {
            return index < _words.Length ? _words[index] : string.Empty;
        }

        /// <summary>Word <paramref name="index"/> lower-cased, or "" past the end.</summary>
        public string Lower(int index)
        {
            return Word(index).ToLower();
        }

        /// <summary>The raw text from word <paramref name="index"/> to the end of the line, trailing blanks removed.</summary>
        public string RestFrom(int index)
        {
            if (index >= _words.Length)
            {
                return string.Empty;
            }

            return _text.Substring(Scan(_text, null, index)).TrimEnd(' ', '\t');
        }

        // The number of words, each stored in words when given; with stop >= 0, where word stop starts (it exists).
        private static int Scan(string text, string[] words, int stop)
        {
            int n = 0;
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    break;
                }

                if (n == stop)
                {
                    return i;
                }

                int start = i;
                while (i < text.Length && text[i] != ' ' && text[i] != '\t')
                {
                    i++;
                }

                if (words != null)
                {
                    words[n] = text.Substring(start, i - start);
                }

                n++;
            }

            return n;
        }
    }
}
