using ChargePoint.Firmware.App;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>Invariant number text for the table (no culture, no custom numeric formats: the device has neither).</summary>
    public static class Figures
    {
        /// <summary>12345 → "12,345"; -1 (not measurable) → "n/a".</summary>
        public static string Bytes(long value)
        {
            if (value == -1)
            {
                return "n/a";
            }

            bool negative = value < 0;
            string digits = (negative ? -value : value).ToString();
            var sb = new System.Text.StringBuilder();
            if (negative)
            {
                sb.Append('-');
            }

            for (int i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    sb.Append(',');
                }

                sb.Append(digits[i]);
            }

            return sb.ToString();
        }

        /// <summary>A mean in bytes: whole bytes from 100 up, one decimal below; negative means not measurable.</summary>
        public static string Mean(double value)
        {
            if (value < 0)
            {
                return "n/a";
            }

            return value >= 100 ? Bytes((long)(value + 0.5)) : Charger.Fixed(value, 1);
        }

        /// <summary>Microseconds: one decimal below 100, whole above (with grouping).</summary>
        public static string Micros(double value)
        {
            return value >= 100 ? Bytes((long)(value + 0.5)) : Charger.Fixed(value, 1);
        }

        /// <summary>"3.41" (peer / ours), "-" when either is not measurable or ours is 0 and the peer too.</summary>
        public static string Ratio(double peer, double ours)
        {
            if (peer < 0 || ours < 0)
            {
                return "-";
            }

            if (ours == 0)
            {
                return peer == 0 ? "1.00" : "inf";
            }

            return Charger.Fixed(peer / ours, 2);
        }

        /// <summary>KB with one decimal (1 KB = 1,024 bytes).</summary>
        public static string Kb(long bytes)
        {
            return Charger.Fixed(bytes / 1024.0, 1);
        }
    }
}
