namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// The meter's latest values, in SI units (a part of Atm90e32: one type in the .pe, no reading object). Refreshed on
    /// each poll: copy what must be kept. Per-phase values are arrays indexed 0, 1, 2 = L1, L2, L3 (a table, not a class
    /// per phase).
    /// </summary>
    public sealed partial class Atm90e32
    {
        public readonly double[] Volts = new double[3];

        public readonly double[] Amps = new double[3];

        /// <summary>Active power per phase (positive = import to the EV).</summary>
        public readonly double[] Watts = new double[3];

        /// <summary>−1 … +1.</summary>
        public readonly double[] PowerFactor = new double[3];

        /// <summary>Sum of the phases' active power.</summary>
        public double TotalWatts;

        public double FrequencyHz;

        /// <summary>Die temperature of the meter IC (°C), updated every ~100 ms by the IC.</summary>
        public double TemperatureCelsius = double.NaN;

        /// <summary>Highest of the three phase currents; NaN when any phase is NaN (unknown is never "low").</summary>
        public double MaxAmps
        {
            get
            {
                double[] amps = Amps;
                if (double.IsNaN(amps[0]) || double.IsNaN(amps[1]) || double.IsNaN(amps[2]))
                {
                    return double.NaN;
                }

                double a = amps[0];
                if (amps[1] > a)
                {
                    a = amps[1];
                }

                return amps[2] > a ? amps[2] : a;
            }
        }
    }
}
