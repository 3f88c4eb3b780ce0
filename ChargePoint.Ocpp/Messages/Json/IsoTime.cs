using System;
using System.Text;

namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// ISO 8601 timestamps. Parses every legal OCPP form: "Z" or a "+hh:mm"/"-hh:mm"/"+hhmm" offset (converted to UTC),
    /// fractional seconds of any length (kept to the millisecond), and a missing zone (read as UTC).
    /// Writes one canonical form, always UTC with milliseconds: <c>2026-11-24T10:00:00.000Z</c>.
    /// </summary>
    public static class IsoTime
    {
        /// <summary>Length of the canonical form.</summary>
        public const int CanonicalLength = 24;

        private static readonly int[] CumulativeDays = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

        public static string Format(DateTime utc)
        {
            var sb = new StringBuilder(CanonicalLength);
            Append(sb, utc);
            return sb.ToString();
        }

        public static void Append(StringBuilder sb, DateTime utc)
        {
            Digits(sb, utc.Year, 4);
            sb.Append('-');
            Digits(sb, utc.Month, 2);
            sb.Append('-');
            Digits(sb, utc.Day, 2);
            sb.Append('T');
            Digits(sb, utc.Hour, 2);
            sb.Append(':');
            Digits(sb, utc.Minute, 2);
            sb.Append(':');
            Digits(sb, utc.Second, 2);
            sb.Append('.');
            Digits(sb, utc.Millisecond, 3);
            sb.Append('Z');
        }

        /// <summary>
        /// Parses s[start..start+length) without allocating. When it returns false, utc is the Unix epoch and means
        /// nothing (no DateTime value can stand for "absent" on the nanoCLR, where default(DateTime) is 1601-01-01).
        /// </summary>
        public static bool TryParse(string s, int start, int length, out DateTime utc)
        {
            long ticks;
            bool ok = TryParseTicks(s, start, length, out ticks);
            utc = new DateTime(ok ? ticks : UnixEpochTicks, DateTimeKind.Utc);
            return ok;
        }

        private const long UnixEpochTicks = 621355968000000000;

        private static bool TryParseTicks(string s, int start, int length, out long utcTicks)
        {
            utcTicks = 0;
            int end = start + length;
            int p = start;
            int year, month, day, hour, minute, second;
            if (!Num(s, ref p, end, 4, out year) || !Sep(s, ref p, end, '-')
                || !Num(s, ref p, end, 2, out month) || !Sep(s, ref p, end, '-')
                || !Num(s, ref p, end, 2, out day))
            {
                return false;
            }

            if (p >= end || (s[p] != 'T' && s[p] != 't'))
            {
                return false;
            }

            p++;
            if (!Num(s, ref p, end, 2, out hour) || !Sep(s, ref p, end, ':') || !Num(s, ref p, end, 2, out minute))
            {
                return false;
            }

            second = 0;
            if (p < end && s[p] == ':')
            {
                p++;
                if (!Num(s, ref p, end, 2, out second))
                {
                    return false;
                }
            }

            long fractionTicks = 0;
            if (p < end && (s[p] == '.' || s[p] == ','))
            {
                p++;
                long scale = TimeSpan.TicksPerSecond;
                int digits = 0;
                while (p < end && s[p] >= '0' && s[p] <= '9')
                {
                    scale /= 10;
                    fractionTicks += (s[p] - '0') * scale;
                    p++;
                    digits++;
                }

                if (digits == 0)
                {
                    return false;
                }

                fractionTicks -= fractionTicks % TimeSpan.TicksPerMillisecond;
            }

            long offsetMinutes = 0;
            if (p < end)
            {
                char z = s[p];
                if (z == 'Z' || z == 'z')
                {
                    p++;
                }
                else if (z == '+' || z == '-')
                {
                    p++;
                    int oh, om = 0;
                    if (!Num(s, ref p, end, 2, out oh))
                    {
                        return false;
                    }

                    if (p < end && s[p] == ':')
                    {
                        p++;
                    }

                    if (p < end && !Num(s, ref p, end, 2, out om))
                    {
                        return false;
                    }

                    if (oh > 23 || om > 59)
                    {
                        return false;
                    }

                    offsetMinutes = oh * 60 + om;
                    if (z == '-')
                    {
                        offsetMinutes = -offsetMinutes;
                    }
                }
                else
                {
                    return false;
                }
            }

            if (p != end || year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            long days = DaysBefore(year) + CumulativeDays[month - 1] + (month > 2 && IsLeap(year) ? 1 : 0) + day - 1;
            long ticks = days * TimeSpan.TicksPerDay + hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute
                + second * TimeSpan.TicksPerSecond + fractionTicks - offsetMinutes * TimeSpan.TicksPerMinute;
            if (ticks < 0)
            {
                return false;
            }

            utcTicks = ticks;
            return true;
        }

        private static long DaysBefore(int year)
        {
            long y = year - 1;
            return y * 365 + y / 4 - y / 100 + y / 400;
        }

        private static bool IsLeap(int y) => (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

        private static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                return IsLeap(year) ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        private static bool Num(string s, ref int p, int end, int count, out int value)
        {
            value = 0;
            if (p + count > end)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                char c = s[p + i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            p += count;
            return true;
        }

        private static bool Sep(string s, ref int p, int end, char c)
        {
            if (p < end && s[p] == c)
            {
                p++;
                return true;
            }

            return false;
        }

        private static void Digits(StringBuilder sb, int value, int width)
        {
            int div = 1;
            for (int i = 1; i < width; i++)
            {
                div *= 10;
            }

            for (; div > 0; div /= 10)
            {
                sb.Append((char)('0' + (value / div) % 10));
            }
        }
    }
}
