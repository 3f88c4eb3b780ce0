using System.Text;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// Small invariant text helpers that behave the same on nanoFramework and on .NET (no culture). Part of the charger
    /// (no class of its own: a type costs the image a row and its name).
    /// </summary>
    public sealed partial class Charger
    {
        /// <summary>
        /// The template with each '~' replaced by the next argument (null as empty): one literal and one call instead of a
        /// concatenation of many pieces, which costs the image a literal and four instructions per piece.
        /// </summary>
        public static string F(string template, params string[] args)
        {
            var sb = new StringBuilder();
            int k = 0;
            for (int i = 0; i < template.Length; i++)
            {
                char c = template[i];
                if (c == '~')
                {
                    sb.Append(args[k++] ?? string.Empty);
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        /// <summary>Writes <see cref="F"/> of the template as one console line.</summary>
        public static void Line(ChargePoint.Firmware.Console.IConsoleIo io, string template, params string[] args)
        {
            io.WriteLine(F(template, args));
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
            long units = (long)((negative ? -value : value) * factor + 0.5);
            string text = (units / factor).ToString();
            if (decimals > 0)
            {
                // The fraction with its leading zeros: factor + fraction without its leading '1' (100 + 5: "05").
                text += "." + (factor + units % factor).ToString().Substring(1);
            }

            return negative && units != 0 ? "-" + text : text;
        }
    }
}
