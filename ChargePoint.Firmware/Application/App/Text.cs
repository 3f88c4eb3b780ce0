using System.Text;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// Small invariant text helpers that behave the same on nanoFramework and on .NET
    /// (no culture, no lenient parsing: " 12", "+12" and "1e3" are not integers here).
    /// </summary>
    public static class Text
    {
        public static bool EqualsIgnoreCase(string a, string b)
        {
            return a.Length == b.Length && a.ToLower() == b.ToLower();
        }

        /// <summary>Parses a plain decimal number (digits, one optional '.', optional leading '-'): no exponent, no spaces.</summary>
        public static bool TryParseDecimal(string s, out double value)
        {
            value = 0;
            if (s == null || s.Length == 0 || s.Length > 24)
            {
                return false;
            }

            int i = 0;
            bool negative = false;
            if (s[0] == '-')
            {
                negative = true;
                i = 1;
            }

            bool digits = false;
            bool dot = false;
            double acc = 0;
            double scale = 1;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '.')
                {
                    if (dot)
                    {
                        return false;
                    }

                    dot = true;
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    return false;
                }

                digits = true;
                if (dot)
                {
                    scale /= 10;
                    acc += (c - '0') * scale;
                }
                else
                {
                    acc = (acc * 10) + (c - '0');
                }
            }

            if (!digits)
            {
                return false;
            }

            value = negative ? -acc : acc;
            return true;
        }

        /// <summary>Formats with a fixed number of decimals and a '.' separator, whatever the culture.</summary>
        public static string Fixed(double value, int decimals)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return "-";
            }

            long factor = 1;
            for (int i = 0; i < decimals; i++)
            {
                factor *= 10;
            }

            bool negative = value < 0;
            double scaled = (negative ? -value : value) * factor;
            long units = (long)(scaled + 0.5);
            long whole = units / factor;
            long frac = units % factor;
            var sb = new StringBuilder();
            if (negative && units != 0)
            {
                sb.Append('-');
            }

            sb.Append(whole.ToString());
            if (decimals > 0)
            {
                sb.Append('.');
                string f = frac.ToString();
                for (int i = f.Length; i < decimals; i++)
                {
                    sb.Append('0');
                }

                sb.Append(f);
            }

            return sb.ToString();
        }

        /// <summary>True when every character is printable ASCII (0x20..0x7E); no control characters, no line breaks.</summary>
        public static bool IsPrintableAscii(string s, bool allowSpace)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < ' ' || c > '~' || (!allowSpace && c == ' '))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when the text has no control characters (any other Unicode is fine).</summary>
        public static bool HasNoControlChars(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < ' ' || c == (char)0x7F)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
