using System;
using System.Text;

namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// Invariant number formatting, independent of culture (nanoFramework has no culture-free overloads):
    /// integers as plain digits, decimals with '.' and at most 6 fraction digits, trailing zeros trimmed, no exponent.
    /// </summary>
    public static class JsonNumber
    {
        private const long FractionScale = 1000000;

        public static void AppendLong(StringBuilder sb, long value)
        {
            if (value < 0)
            {
                sb.Append('-');
                if (value == long.MinValue)
                {
                    sb.Append("9223372036854775808");
                    return;
                }

                value = -value;
            }

            AppendDigits(sb, value, 1);
        }

        /// <summary>Appends a finite double. NaN and infinities are not JSON and throw.</summary>
        public static void AppendDouble(StringBuilder sb, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentException("not a finite number");
            }

            if (value < 0)
            {
                value = -value;
                if (value * FractionScale >= 0.5)
                {
                    sb.Append('-');
                }
            }

            if (value >= 9.0e12)
            {
                if (value >= 9.0e18)
                {
                    throw new ArgumentException("number too large");
                }

                AppendDigits(sb, (long)Math.Floor(value + 0.5), 1);
                return;
            }

            long scaled = (long)Math.Floor(value * FractionScale + 0.5);
            AppendDigits(sb, scaled / FractionScale, 1);
            long fraction = scaled % FractionScale;
            if (fraction == 0)
            {
                return;
            }

            int width = 6;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                width--;
            }

            sb.Append('.');
            AppendDigits(sb, fraction, width);
        }

        /// <summary>Appends a non-negative value with at least minWidth digits (zero padded).</summary>
        private static void AppendDigits(StringBuilder sb, long value, int minWidth)
        {
            long div = 1;
            int width = 1;
            while (div <= value / 10)
            {
                div *= 10;
                width++;
            }

            for (; width < minWidth; width++)
            {
                sb.Append('0');
            }

            for (; div > 0; div /= 10)
            {
                sb.Append((char)('0' + (int)((value / div) % 10)));
            }
        }

        /// <summary>
        /// Parses a JSON number from s[start..start+length) invariantly. Returns false on bad syntax.
        /// Exact for up to 18 significant digits with a power-of-ten scale up to 22 (every OCPP decimal).
        /// </summary>
        public static bool TryParseDouble(string s, int start, int length, out double value)
        {
            value = 0;
            int p = start, end = start + length;
            bool negative = false;
            if (p < end && s[p] == '-')
            {
                negative = true;
                p++;
            }

            long mantissa = 0;
            int digits = 0, scale = 0, dropped = 0;
            int intStart = p;
            while (p < end && s[p] >= '0' && s[p] <= '9')
            {
                Accumulate(ref mantissa, ref digits, ref dropped, s[p]);
                p++;
            }

            if (p == intStart)
            {
                return false;
            }

            if (p < end && s[p] == '.')
            {
                p++;
                int fracStart = p;
                while (p < end && s[p] >= '0' && s[p] <= '9')
                {
                    if (digits < 18)
                    {
                        Accumulate(ref mantissa, ref digits, ref dropped, s[p]);
                        scale--;
                    }

                    p++;
                }

                if (p == fracStart)
                {
                    return false;
                }
            }

            int exponent = 0;
            if (p < end && (s[p] == 'e' || s[p] == 'E'))
            {
                p++;
                bool expNegative = false;
                if (p < end && (s[p] == '+' || s[p] == '-'))
                {
                    expNegative = s[p] == '-';
                    p++;
                }

                int expStart = p;
                while (p < end && s[p] >= '0' && s[p] <= '9')
                {
                    if (exponent < 10000)
                    {
                        exponent = exponent * 10 + (s[p] - '0');
                    }

                    p++;
                }

                if (p == expStart)
                {
                    return false;
                }

                if (expNegative)
                {
                    exponent = -exponent;
                }
            }

            if (p != end)
            {
                return false;
            }

            int totalScale = scale + dropped + exponent;
            double result = mantissa;
            if (totalScale > 0)
            {
                result *= Pow10(totalScale);
            }
            else if (totalScale < 0)
            {
                result /= Pow10(-totalScale);
            }

            value = negative ? -result : result;
            return !double.IsInfinity(value);
        }

        private static void Accumulate(ref long mantissa, ref int digits, ref int dropped, char c)
        {
            if (digits < 18)
            {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0)
                {
                    digits++;
                }
            }
            else
            {
                dropped++;
            }
        }

        private static double Pow10(int n)
        {
            double result = 1;
            double b = 10;
            while (n > 0)
            {
                if ((n & 1) != 0)
                {
                    result *= b;
                }

                b *= b;
                n >>= 1;
            }

            return result;
        }
    }
}
