namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>Invariant decimal formatting (no culture, no custom numeric formats: both are unavailable on nano).</summary>
    public static class DecimalText
    {
        /// <summary>Formats value rounded to the given number of decimals, trailing zeros trimmed ("230", "6.5", "-0.25").</summary>
        public static string Format(double value, int decimals)
        {
            long scale = 1;
            for (int i = 0; i < decimals; i++)
            {
                scale *= 10;
            }

            bool negative = value < 0;
            double magnitude = negative ? -value : value;
            long scaled = (long)(magnitude * scale + 0.5);
            long whole = scaled / scale;
            long fraction = scaled % scale;
            string text = whole.ToString();
            if (fraction != 0)
            {
                string digits = fraction.ToString();
                while (digits.Length < decimals)
                {
                    digits = "0" + digits;
                }

                int end = digits.Length;
                while (end > 0 && digits[end - 1] == '0')
                {
                    end--;
                }

                text = text + "." + digits.Substring(0, end);
            }

            return negative && scaled != 0 ? "-" + text : text;
        }
    }
}
