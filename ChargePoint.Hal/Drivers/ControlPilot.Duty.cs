namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Duty cycle for a current (IEC 61851-1 Annex A, as every anchor firmware implements it; a part of ControlPilot:
    /// one type in the .pe). Duties are in percent; the EV side (duty → current) is SimulatedEv.AmpsForPercent, outside the image.
    /// </summary>
    public sealed partial class ControlPilot
    {
        public const double MinAmps = 6.0;
        public const double MaxAmps = 80.0;

        /// <summary>Steady +12 V: no current offered (states A1/B1/C1).</summary>
        public const double NoPwmPercent = 100.0;

        /// <summary>Steady −12 V: state F.</summary>
        public const double StateFPercent = 0.0;

        // Currents that decide what is offered to the EV (the pilot's and the application's). NaN means "unknown", and
        // unknown means nothing is offered. Never let a possibly-NaN double reach a comparison: on the nanoCLR NaN compares
        // greater than every number (NaN > 80.0 is true), on .NET every comparison with NaN is false. Check double.IsNaN first.

        /// <summary>amps, or 0 when it is NaN or not positive (negative infinity included); +infinity stays (no limit).</summary>
        public static double OrZero(double amps)
        {
            if (double.IsNaN(amps) || amps <= 0.0)
            {
                return 0.0;
            }

            return amps;
        }

        /// <summary>The smaller of two current limits; 0 when either is NaN.</summary>
        public static double Min(double a, double b)
        {
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                return 0.0;
            }

            return a < b ? a : b;
        }

        /// <summary>
        /// EVSE side. Below 6 A nothing can be offered (returns 100 %: steady +12 V). 6–51 A → I/0.6;
        /// 51–52.5 A is undefined by the norm and is clamped to 51 A (85 %, which an EV reads as 51 A); 52.5–80 A → I/2.5 + 64;
        /// above 80 A is clamped to 80 A (96 %).
        /// </summary>
        public static double PercentForAmps(double amps)
        {
            // NaN first: on the nanoCLR NaN >= 6 and NaN > 80 are true, which would offer 80 A.
            if (double.IsNaN(amps) || amps < MinAmps)
            {
                return NoPwmPercent;
            }

            if (amps > MaxAmps)
            {
                amps = MaxAmps;
            }

            if (amps <= 51.0)
            {
                return amps / 0.6;
            }

            if (amps <= 52.5)
            {
                return 85.0;
            }

            return amps / 2.5 + 64.0;
        }
    }
}
