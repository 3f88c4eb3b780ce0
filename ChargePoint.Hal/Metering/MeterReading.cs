namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// The meter's latest values. The instance is reused by the driver and refreshed on each poll: copy what
    /// must be kept.
    /// </summary>
    public sealed class MeterReading
    {
        public MeterReading()
        {
            PhaseA = new PhaseReading();
            PhaseB = new PhaseReading();
            PhaseC = new PhaseReading();
        }

        public readonly PhaseReading PhaseA;

        public readonly PhaseReading PhaseB;

        public readonly PhaseReading PhaseC;

        /// <summary>Sum of the phases' active power.</summary>
        public double TotalWatts;

        public double FrequencyHz;

        /// <summary>Die temperature of the meter IC (°C), updated every ~100 ms by the IC.</summary>
        public double TemperatureCelsius = double.NaN;

        /// <summary>When the values were read (monotonic ms); -1 before the first poll.</summary>
        public long ReadAtMs = -1;

        /// <summary>Phase 0, 1, 2 = L1, L2, L3.</summary>
        public PhaseReading Phase(int index)
        {
            return index == 0 ? PhaseA : index == 1 ? PhaseB : PhaseC;
        }

        /// <summary>Highest of the three phase currents; NaN when any phase is NaN (unknown is never "low").</summary>
        public double MaxAmps
        {
            get
            {
                if (double.IsNaN(PhaseA.Amps) || double.IsNaN(PhaseB.Amps) || double.IsNaN(PhaseC.Amps))
                {
                    return double.NaN;
                }

                double a = PhaseA.Amps;
                if (PhaseB.Amps > a)
                {
                    a = PhaseB.Amps;
                }

                return PhaseC.Amps > a ? PhaseC.Amps : a;
            }
        }
    }
}
