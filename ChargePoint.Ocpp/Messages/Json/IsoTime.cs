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

        public static string Format(DateTime utc)
        {
            var sb = new StringBuilder(CanonicalLength);
            Append(sb, utc);
            return sb.ToString();
        }

        public static void Append(StringBuilder sb, DateTime utc)
        {
            Digits(sb, utc.Year, 1000, '-');
            Digits(sb, utc.Month, 10, '-');
            Digits(sb, utc.Day, 10, 'T');
            Digits(sb, utc.Hour, 10, ':');
            Digits(sb, utc.Minute, 10, ':');
            Digits(sb, utc.Second, 10, '.');
            Digits(sb, utc.Millisecond, 100, 'Z');
        }

        /// <summary>
        /// The UTC ticks of s[p..end), or -1 when it is not an ISO 8601 dateTime; no allocation. (A tick count, not a
        /// DateTime: no DateTime value can stand for "not a date" on the nanoCLR, where default(DateTime) is 1601-01-01.)
        /// </summary>
        public static long Ticks(string s, int p, int end)
        {
            // yyyy-MM-ddThh:mm at fixed places ('t' too), then optional :ss, fraction and zone.
            if (end - p < 16 || s[p + 4] != '-' || s[p + 7] != '-' || (s[p + 10] | 0x20) != 't' || s[p + 13] != ':')
            {
                return -1;
            }

            int century = Num(s, p, end), year = Num(s, p + 2, end), month = Num(s, p + 5, end), day = Num(s, p + 8, end);
            int hour = Num(s, p + 11, end), minute = Num(s, p + 14, end), second = 0;
            year = century < 0 || year < 0 ? -1 : century * 100 + year;
            p += 16;
            if (p < end && s[p] == ':')
            {
                second = Num(s, p + 1, end);
                p += 3;
            }

            long fractionTicks = 0;
            if (p < end && (s[p] == '.' || s[p] == ','))
            {
                long scale = TimeSpan.TicksPerSecond;
                int first = ++p;
                while (p < end && s[p] >= '0' && s[p] <= '9')
                {
                    scale /= 10;
                    fractionTicks += (s[p++] - '0') * scale;
                }

                if (p == first)
                {
                    return -1;
                }

                fractionTicks -= fractionTicks % TimeSpan.TicksPerMillisecond;
            }

            int offsetMinutes = 0;
            if (p < end)
            {
                char z = s[p++];
                if (z == '+' || z == '-')
                {
                    int oh = Num(s, p, end), om = 0;
                    p += 2;
                    if (p < end && s[p] == ':')
                    {
                        p++;
                    }

                    if (p < end)
                    {
                        om = Num(s, p, end);
                        p += 2;
                    }

                    if (oh < 0 || om < 0 || oh > 23 || om > 59)
                    {
                        return -1;
                    }

                    offsetMinutes = z == '-' ? -(oh * 60 + om) : oh * 60 + om;
                }
                else if ((z | 0x20) != 'z')
                {
                    return -1;
                }
            }

            if (p != end || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || (hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59)
            {
                return -1;
            }

            long ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fractionTicks - offsetMinutes * TimeSpan.TicksPerMinute;
            return ticks < 0 ? -1 : ticks;
        }

        /// <summary>The two digits at s[at], or -1 (not two digits before end).</summary>
        private static int Num(string s, int at, int end)
        {
            if (at + 2 > end)
            {
                return -1;
            }

            int hi = s[at] - '0', lo = s[at + 1] - '0';
            return hi < 0 || hi > 9 || lo < 0 || lo > 9 ? -1 : hi * 10 + lo;
        }

        /// <summary>Appends value with as many digits as <paramref name="div"/> has (zero padded), then <paramref name="then"/>.</summary>
        private static void Digits(StringBuilder sb, int value, int div, char then)
        {
            for (; div > 0; div /= 10)
            {
                sb.Append((char)('0' + (value / div) % 10));
            }

            sb.Append(then);
        }
    }
}
