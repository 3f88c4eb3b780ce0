using ChargePoint.Hal.Boards;

namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Control pilot and proximity pilot. Drives the 1 kHz CP PWM from the offered current (capped by the cable
    /// rating), and each tick reads an unsynchronised ADC burst over at least one PWM period, taking the
    /// 4th-highest and 4th-lowest samples as the plateaus (three outliers per side are ignored; a 96 % duty still leaves
    /// five samples in the negative plateau of a 128-sample, 1 ms burst). A state is
    /// reported once the raw classification has been stable for <see cref="DebounceMs"/> (20 ms, so
    /// detection takes at most debounce + one tick interval, well under 50 ms at a 10 ms tick).
    /// </summary>
    public sealed partial class ControlPilot
    {
        /// <summary>The CP PWM's frequency: the boards create their <see cref="IPwmChannel"/> at it.</summary>
        public const int FrequencyHz = 1000;
        public const int BurstSize = 128;

        /// <summary>A raw state must hold this long to be reported.</summary>
        public const int DebounceMs = 20;
        private const int Rank = 4;

        private readonly IPwmChannel _pwm;
        private readonly IAdcChannel _cpAdc;
        private readonly IAdcChannel _ppAdc;
        private readonly int[] _top = new int[Rank];
        private readonly int[] _bottom = new int[Rank];

        /// <summary>Current requested by the application, before the cable cap.</summary>
        public double RequestedAmps;
        private double _appliedPercent = -1;
        private PilotState _candidate = PilotState.Unknown;
        private long _candidateSinceMs;

        public ControlPilot(IPwmChannel pwm, IAdcChannel cpAdc, IAdcChannel ppAdc, BoardDefinition board)
        {
            _pwm = pwm;
            _cpAdc = cpAdc;
            _ppAdc = ppAdc;
            CableMaxAmps = ppAdc == null ? board.Pins[BoardDefinition.FixedCableAmps] : 0;
            Apply(); // the first duty write starts the channel
        }

        /// <summary>Filtered CP state.</summary>
        public PilotState State;

        /// <summary>Positive and negative plateau of the last burst, in CP volts.</summary>
        public double HighVolts;

        public double LowVolts;

        /// <summary>Cable rating from PP (or the fixed cable), 0 when PP is out of range.</summary>
        public int CableMaxAmps;

        /// <summary>Current actually signalled to the EV (0 when no PWM).</summary>
        public double OfferedAmps;

        /// <summary>True while a real PWM (current offered) is driven (written only by the driver, with the duty).</summary>
        public bool IsPwmOn;

        /// <summary>Offers a current in amps (capped by the cable); below 6 A or NaN stops the PWM (steady +12 V).</summary>
        public void SetOfferedCurrent(double amps)
        {
            RequestedAmps = OrZero(amps);
            Apply();
        }

        /// <summary>
        /// Drives steady −12 V (state F: EVSE not available) while set; overrides the offered current. Applied with the
        /// next <see cref="SetOfferedCurrent"/> or <see cref="Tick"/> (a field: no method in the .pe).
        /// </summary>
        public bool StateF;

        public void Tick(long nowMs)
        {
            if (_ppAdc != null)
            {
                long sum = 0;
                for (int i = 0; i < 4; i++)
                {
                    sum += _ppAdc.ReadRaw();
                }

                double mv = (sum / 4.0) * BoardDefinition.AdcFullScaleMillivolts / _ppAdc.MaxRaw;
                // At or near the ADC's top the divider is open (full scale is below the PP supply).
                if (mv >= BoardDefinition.AdcFullScaleMillivolts - 5)
                {
                    mv = BoardDefinition.PpSupplyMillivolts;
                }

                // The PP-PE resistance (+infinity when open) gives the cable rating.
                CableMaxAmps = CableAmpsForOhms(OhmsForMillivolts(mv, BoardDefinition.PpSupplyMillivolts, BoardDefinition.PpPullUpOhms));
            }

            Apply();

            // One burst: the Rank-th highest and lowest samples are the plateaus.
            for (int i = 0; i < Rank; i++)
            {
                _top[i] = int.MinValue;
                _bottom[i] = -int.MaxValue;
            }

            for (int i = 0; i < BurstSize; i++)
            {
                int v = _cpAdc.ReadRaw();
                Insert(_top, v);
                Insert(_bottom, -v);
            }

            HighVolts = ToCpVolts(_top[Rank - 1]);
            LowVolts = ToCpVolts(-_bottom[Rank - 1]);
            var raw = Classify(HighVolts, LowVolts, IsPwmOn);
            if (raw != _candidate) // Classify never answers Unknown, so the first tick starts a candidate
            {
                _candidate = raw;
                _candidateSinceMs = nowMs;
            }

            if (_candidate != State && nowMs - _candidateSinceMs >= DebounceMs)
            {
                State = _candidate;
            }
        }

        private void Apply()
        {
            double percent;
            double offered = 0;
            if (StateF)
            {
                percent = StateFPercent;
            }
            else
            {
                double amps = Min(RequestedAmps, CableMaxAmps);
                percent = PercentForAmps(amps);
                if (percent < 100.0)
                {
                    offered = amps > MaxAmps ? MaxAmps : (amps > 51.0 && amps <= 52.5 ? 51.0 : amps);
                }
            }

            OfferedAmps = offered;
            if (percent != _appliedPercent)
            {
                _appliedPercent = percent;
                IsPwmOn = offered > 0; // a real PWM: 0 < percent < 100 (offered is then at least 6 A, never NaN)
                _pwm.DutyCycle = percent / 100.0;
            }
        }

        // Keeps the Rank largest values, descending: a[0] is the largest. _top holds samples, _bottom negated
        // samples (so its largest are the smallest samples).
        private static void Insert(int[] a, int v)
        {
            if (v <= a[Rank - 1])
            {
                return;
            }

            int i = Rank - 1;
            while (i > 0 && a[i - 1] < v)
            {
                a[i] = a[i - 1];
                i--;
            }

            a[i] = v;
        }

        private double ToCpVolts(int raw)
        {
            double mv = (double)raw * BoardDefinition.AdcFullScaleMillivolts / _cpAdc.MaxRaw;
            return (mv - BoardDefinition.CpZeroMillivolts) / BoardDefinition.CpMillivoltsPerVolt;
        }
    }
}
