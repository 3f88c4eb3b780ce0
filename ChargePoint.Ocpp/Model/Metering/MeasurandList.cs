using System.Collections;

namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>Parses the comma-separated measurand lists of MeterValuesSampledData and friends.</summary>
    public static class MeasurandList
    {
        /// <summary>
        /// Parses a CSL of measurands. Fails on an unknown name, a duplicate, more than maxLength items, or a
        /// measurand the meter cannot provide (ChangeConfiguration then answers Rejected). An empty string is an empty list.
        /// </summary>
        public static bool TryParse(string text, IMeter meter, int maxLength, out int[] codes)
        {
            codes = new int[0];
            var list = new ArrayList();
            string[] parts = text.Split(new[] { ',' });
            for (int i = 0; i < parts.Length; i++)
            {
                string name = parts[i].Trim();
                if (name.Length == 0)
                {
                    if (parts.Length == 1)
                    {
                        break;
                    }

                    return false;
                }

                int code = Measurand.Parse(name);
                if (code == 0 || list.Contains(code) || (meter != null && !meter.Supports(code)))
                {
                    return false;
                }

                list.Add(code);
            }

            if (list.Count > maxLength)
            {
                return false;
            }

            codes = new int[list.Count];
            for (int i = 0; i < codes.Length; i++)
            {
                codes[i] = (int)list[i];
            }

            return true;
        }
    }
}
