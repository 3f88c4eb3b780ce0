using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// The energy register (Energy.Active.Import.Register, no phase, Wh or kWh) inside a journalled meter value, in whole
    /// Wh: the journal keeps the highest one per transaction so that a power cut never takes the register back below a
    /// value already queued or reported.
    /// </summary>
    internal static class JournalEnergy
    {
        /// <summary>The register in whole Wh, or -1 when the value has none.</summary>
        public static long Of(MeterValue value)
        {
            long highest = -1;
            SampledValue[] values = value.SampledValues;
            for (int i = 0; i < values.Length; i++)
            {
                SampledValue s = values[i];
                if (IsRegister(s.Measurand, s.Phase, s.Unit))
                {
                    char[] text = s.Value.ToCharArray();
                    long wh = Parse(text, null, 0, text.Length, s.Unit);
                    highest = wh > highest ? wh : highest;
                }
            }

            return highest;
        }

        public static bool IsRegister(int measurand, int phase, int unit)
        {
            return (measurand == Measurand.EnergyActiveImportRegister || measurand == 0) && phase == Phase.None
                && (unit == UnitOfMeasure.Wh || unit == UnitOfMeasure.KWh || unit == UnitOfMeasure.None);
        }

        /// <summary>
        /// "123" or "1.5" (ASCII) in the unit to whole Wh, from text or from UTF-8 bytes in place; -1 when it is not a
        /// plain decimal.
        /// </summary>
        public static long Parse(char[] text, byte[] bytes, int at, int length, int unit)
        {
            // Thousandths of the unit: Wh / 1000 or kWh (thousandths of a kWh are Wh).
            long milli = 0;
            int fraction = -1;
            int digits = 0;
            for (int i = 0; i < length; i++)
            {
                int c = text != null ? (int)text[at + i] : (int)bytes[at + i];
                if (c == '.' && fraction < 0)
                {
                    fraction = 0;
                    continue;
                }

                if (c < '0' || c > '9' || digits >= 15)
                {
                    return -1;
                }

                digits++;
                if (fraction < 0)
                {
                    milli = milli * 10 + (c - '0');
                }
                else if (fraction < 3)
                {
                    fraction++;
                    milli = milli * 10 + (c - '0');
                }
            }

            if (digits == 0)
            {
                return -1;
            }

            for (int f = fraction < 0 ? 0 : fraction; f < 3; f++)
            {
                milli *= 10;
            }

            return unit == UnitOfMeasure.KWh ? milli : milli / 1000;
        }
    }
}
