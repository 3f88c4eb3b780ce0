namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Level classification (a part of ControlPilot: one type in the .pe). Classifies one burst's positive and negative plateau (CP volts) with ±1.1 V bands. The outer bands are
    /// open-ended (≥ 10.9 V is A, ≤ −10.9 V is F, and the diode check passes at ≤ −10.9 V) because nothing but
    /// noise can push a level beyond ±12 V.
    /// </summary>
    public sealed partial class ControlPilot
    {
        public const double BandVolts = 1.1;

        /// <param name="highVolts">Positive plateau (top of the PWM or the steady level).</param>
        /// <param name="lowVolts">Negative plateau.</param>
        /// <param name="pwmRunning">True while a real PWM (not steady ±12 V) is driven: only then is the diode checked.</param>
        public static PilotState Classify(double highVolts, double lowVolts, bool pwmRunning)
        {
            // NaN first: on the nanoCLR NaN >= 10.x is true and would read as state A.
            if (double.IsNaN(highVolts) || double.IsNaN(lowVolts))
            {
                return PilotState.Invalid;
            }

            if (highVolts >= 12.0 - BandVolts)
            {
                return PilotState.A;
            }

            // B, C or D (the bands do not overlap), each band tested once.
            PilotState level = Near(highVolts, 9.0) ? PilotState.B : Near(highVolts, 6.0) ? PilotState.C : Near(highVolts, 3.0) ? PilotState.D : PilotState.Unknown;
            if (level != PilotState.Unknown)
            {
                return pwmRunning && lowVolts > -12.0 + BandVolts ? PilotState.DiodeFault : level;
            }

            // A short after the EV's diode leaves the negative half-wave at −12 V: still state E.
            if (Near(highVolts, 0.0))
            {
                return PilotState.E;
            }

            if (highVolts <= -12.0 + BandVolts)
            {
                return PilotState.F;
            }

            return PilotState.Invalid;
        }

        private static bool Near(double volts, double level)
        {
            return volts >= level - BandVolts && volts <= level + BandVolts;
        }

        /// <summary>The state's name for logs (no Enum.ToString on nanoFramework).</summary>
        public static string Name(PilotState state)
        {
            // A table, not a case per state: A-F are one letter each of "ABCDEF" (PilotState 1-6).
            int i = (int)state;
            return i >= 1 && i <= 6 ? "ABCDEF".Substring(i - 1, 1) : state == PilotState.DiodeFault ? "DiodeFault" : state == PilotState.Invalid ? "Invalid" : "Unknown";
        }
    }
}
