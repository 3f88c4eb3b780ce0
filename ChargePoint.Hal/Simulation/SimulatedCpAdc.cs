using ChargePoint.Hal.Boards;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// The CP sense ADC: ±12 V source (from the PWM pin) through 1 kΩ into the EV's diode and resistors,
    /// then the board's divider/offset into the ADC. Each conversion samples the waveform <see cref="SampleIntervalUs"/>
    /// after the previous one (unsynchronised with the PWM), plus uniform noise and occasional spikes.
    /// </summary>
    public sealed class SimulatedCpAdc : IAdcChannel
    {
        public const double SourceVolts = 12.0;
        public const double SourceOhms = 1000.0;

        private readonly SimulatedPwmChannel _pwm;
        private readonly SimulatedEv _ev;
        private readonly IClock _clock;
        private readonly NoiseSource _noise;
        private long _reads;

        public SimulatedCpAdc(SimulatedPwmChannel pwm, SimulatedEv ev, IClock clock, NoiseSource noise)
        {
            _pwm = pwm;
            _ev = ev;
            _clock = clock;
            _noise = noise;
        }

        public int MaxRaw
        {
            get { return 4095; }
        }

        public int SampleIntervalUs { get; set; } = 8;

        /// <summary>Uniform noise amplitude at the ADC pin (± mV).</summary>
        public double NoiseMillivolts { get; set; } = 10.0;

        /// <summary>Probability of a spike per conversion, and its size (± mV).</summary>
        public double SpikeProbability { get; set; }

        public double SpikeMillivolts { get; set; } = 800.0;

        /// <summary>CP shorted to PE (state E).</summary>
        public bool ShortedToPe { get; set; }

        public long Conversions
        {
            get { return _reads; }
        }

        /// <summary>CP line voltage for a given source level.</summary>
        public double CpVolts(bool sourceHigh)
        {
            if (ShortedToPe)
            {
                return 0.0;
            }

            if (!_ev.IsPlugged)
            {
                return sourceHigh ? SourceVolts : -SourceVolts;
            }

            double r = _ev.LoadOhms;
            if (sourceHigh)
            {
                double vd = _ev.DiodeShorted ? 0.0 : SimulatedEv.DiodeVolts;
                return (SourceVolts * r + SourceOhms * vd) / (r + SourceOhms);
            }

            return _ev.DiodeShorted ? -SourceVolts * r / (r + SourceOhms) : -SourceVolts;
        }

        public int ReadRaw()
        {
            long t = _clock.NowMs * 1000 + _reads * SampleIntervalUs;
            _reads++;
            double mv = BoardDefinition.CpZeroMillivolts + CpVolts(_pwm.IsHighAt(t)) * BoardDefinition.CpMillivoltsPerVolt;
            if (NoiseMillivolts > 0)
            {
                mv += _noise.Symmetric(NoiseMillivolts);
            }

            if (SpikeProbability > 0 && _noise.NextDouble() < SpikeProbability)
            {
                mv += _noise.Symmetric(SpikeMillivolts);
            }

            int raw = (int)(mv * MaxRaw / BoardDefinition.AdcFullScaleMillivolts + 0.5);
            return raw < 0 ? 0 : raw > MaxRaw ? MaxRaw : raw;
        }
    }
}
