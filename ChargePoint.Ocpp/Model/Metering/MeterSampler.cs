using System.Collections;

namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>Turns a measurand list into one MeterValue read from a meter, with the right phase, unit and location.</summary>
    public static class MeterSampler
    {
        public static MeterValue Sample(IMeter meter, int[] measurands, int context, CaptureTime time)
        {
            var values = new ArrayList();
            for (int i = 0; i < measurands.Length; i++)
            {
                int m = measurands[i];
                switch (m)
                {
                    case Measurand.CurrentImport:
                    case Measurand.CurrentExport:
                    case Measurand.CurrentOffered:
                        AddPhases(values, meter, m, context, Phase.L1);
                        break;
                    case Measurand.Voltage:
                        AddPhases(values, meter, m, context, Phase.L1N);
                        break;
                    case Measurand.PowerActiveImport:
                    case Measurand.PowerActiveExport:
                        Add(values, meter, m, Phase.None, context);
                        AddPhases(values, meter, m, context, Phase.L1);
                        break;
                    default:
                        Add(values, meter, m, Phase.None, context);
                        break;
                }
            }

            var array = new SampledValue[values.Count];
            for (int i = 0; i < array.Length; i++)
            {
                array[i] = (SampledValue)values[i];
            }

            return new MeterValue(time, array);
        }

        /// <summary>The energy register alone, formatted as whole Wh.</summary>
        public static SampledValue EnergyRegister(long wh, int context)
        {
            return new SampledValue(wh.ToString(), context, Measurand.EnergyActiveImportRegister, Phase.None, Location.Outlet, UnitOfMeasure.Wh);
        }

        private static void AddPhases(ArrayList values, IMeter meter, int measurand, int context, int firstPhase)
        {
            if (meter.PhaseCount <= 1 && measurand != Measurand.CurrentImport && measurand != Measurand.Voltage
                && measurand != Measurand.CurrentExport && measurand != Measurand.CurrentOffered)
            {
                return; // single phase: the total already says it
            }

            for (int p = 0; p < meter.PhaseCount && p < 3; p++)
            {
                Add(values, meter, measurand, firstPhase + p, context);
            }
        }

        private static void Add(ArrayList values, IMeter meter, int measurand, int phase, int context)
        {
            double reading;
            if (measurand == Measurand.EnergyActiveImportRegister && phase == Phase.None)
            {
                values.Add(EnergyRegister(meter.EnergyActiveImportWh, context));
                return;
            }

            if (!meter.TryRead(measurand, phase, out reading))
            {
                return;
            }

            int location = measurand == Measurand.Temperature ? Location.Body : (measurand == Measurand.SoC ? Location.EV : Location.Outlet);
            int decimals = measurand == Measurand.Frequency || measurand == Measurand.PowerFactor ? 2 : 1;
            values.Add(new SampledValue(FormatDecimal(reading, decimals), context, measurand, phase, location, Measurand.DefaultUnit(measurand)));
        }

        /// <summary>Invariant decimal text (no culture, no custom numeric formats: both are unavailable on nano): value rounded to the given number of decimals, trailing zeros trimmed ("230", "6.5", "-0.25").</summary>
        public static string FormatDecimal(double value, int decimals)
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
