namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Currents that decide what is offered to the EV. NaN means "unknown", and unknown means nothing is offered.
    /// Never let a possibly-NaN double reach a comparison: on the nanoCLR NaN compares greater than every number
    /// (NaN &gt; 80.0 is true), on .NET every comparison with NaN is false. Check double.IsNaN first.
    /// </summary>
    public static class SafeAmps
    {
        /// <summary>amps, or 0 when it is NaN or not positive (negative infinity included); +infinity stays (no limit).</summary>
        public static double OrZero(double amps)
        {
            if (double.IsNaN(amps) || amps <= 0.0)
            {
                return 0.0;
            }

            return amps;
        }

        /// <summary>The smaller of two limits; 0 when either is NaN.</summary>
        public static double Min(double a, double b)
        {
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                return 0.0;
            }

            return a < b ? a : b;
        }
    }
}
