namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// An EV on the CP line (IEC 61851-1 Annex A): diode, R2 = 2740 Ω always, R3 = 1300 Ω switched in by S2 to
    /// request charge (270 Ω when it needs ventilation: state D). S2 closes when the EV wants to charge and sees a
    /// PWM offering current, and opens <see cref="ReactionMs"/> after the PWM stops (unless it is stubborn).
    /// It draws min(own power, pilot limit) per phase while the contactor is closed and S2 is closed.
    /// </summary>
    public sealed class SimulatedEv
    {
        public const double R2Ohms = 2740.0;
        public const double R3Ohms = 1300.0;
        public const double VentilationOhms = 270.0;
        public const double DiodeVolts = 0.7;

        private long _noPwmSinceMs = -1;

        public bool IsPlugged { get; private set; }

        public bool WantsCharge { get; private set; }

        /// <summary>S2 closed: state C (or D).</summary>
        public bool S2Closed { get; private set; }

        public bool NeedsVentilation { get; set; }

        /// <summary>Diode shorted: the negative half-wave is loaded too (diode fault).</summary>
        public bool DiodeShorted { get; set; }

        /// <summary>Scales the EV resistors (1.0 = nominal) for tolerance tests.</summary>
        public double ResistorScale { get; set; } = 1.0;

        /// <summary>Power the EV would take if allowed (kW, all phases together).</summary>
        public double MaxPowerKw { get; set; } = 7.4;

        public int Phases { get; set; } = 1;

        public double PowerFactor { get; set; } = 1.0;

        /// <summary>Misbehaving EV: draws its own power whatever the duty cycle says.</summary>
        public bool IgnoresPilotLimit { get; set; }

        /// <summary>Misbehaving EV: stays in C after the PWM stops.</summary>
        public bool StaysInCWithoutPwm { get; set; }

        /// <summary>Time the EV takes to leave C after the PWM stopped.</summary>
        public int ReactionMs { get; set; } = 1000;

        /// <summary>Current the EV reads from the duty cycle (0 when no PWM).</summary>
        public double PilotLimitAmps { get; private set; }

        /// <summary>Current drawn on each used phase.</summary>
        public double AmpsPerPhase { get; private set; }

        /// <summary>When S2 last closed/opened (ms); -1 before.</summary>
        public long EnteredCAtMs { get; private set; } = -1;

        public long LeftCAtMs { get; private set; } = -1;

        /// <summary>Load seen by the CP's positive half-wave.</summary>
        public double LoadOhms
        {
            get
            {
                double r2 = R2Ohms * ResistorScale;
                if (!S2Closed)
                {
                    return r2;
                }

                double r3 = (NeedsVentilation ? VentilationOhms : R3Ohms) * ResistorScale;
                return r2 * r3 / (r2 + r3);
            }
        }

        public void Plug()
        {
            IsPlugged = true;
        }

        public void Unplug()
        {
            IsPlugged = false;
            WantsCharge = false;
            S2Closed = false;
            AmpsPerPhase = 0;
        }

        /// <summary>The EV wants energy: closes S2 as soon as a PWM offers current.</summary>
        public void RequestCharge()
        {
            WantsCharge = true;
        }

        /// <summary>The EV suspends (SuspendedEV): opens S2 at once (back to B).</summary>
        public void Pause()
        {
            WantsCharge = false;
        }

        /// <param name="dutyPercent">Duty on the CP pin (100 = steady +12 V, 0 = −12 V).</param>
        /// <param name="powerOn">Contactor contacts closed.</param>
        public void Update(long nowMs, double dutyPercent, bool powerOn, double gridVolts)
        {
            PilotLimitAmps = dutyPercent > 0.0 && dutyPercent < 100.0 ? AmpsForPercent(dutyPercent) : 0.0;
            bool wasClosed = S2Closed;
            if (!IsPlugged || !WantsCharge)
            {
                S2Closed = false;
            }
            else if (PilotLimitAmps > 0)
            {
                S2Closed = true;
                _noPwmSinceMs = -1;
            }
            else if (S2Closed && !StaysInCWithoutPwm)
            {
                if (_noPwmSinceMs < 0)
                {
                    _noPwmSinceMs = nowMs;
                }

                if (nowMs - _noPwmSinceMs >= ReactionMs)
                {
                    S2Closed = false;
                }
            }

            if (S2Closed && !wasClosed)
            {
                EnteredCAtMs = nowMs;
            }
            else if (!S2Closed && wasClosed)
            {
                LeftCAtMs = nowMs;
                _noPwmSinceMs = -1;
            }

            if (!powerOn || !S2Closed || gridVolts <= 0 || Phases <= 0)
            {
                AmpsPerPhase = 0;
                return;
            }

            double want = MaxPowerKw * 1000.0 / (gridVolts * Phases * PowerFactor);
            AmpsPerPhase = IgnoresPilotLimit || want <= PilotLimitAmps ? want : PilotLimitAmps;
        }

        /// <summary>
        /// EV side (how a car reads the duty): below 8 % → 0 A; 8–85 % → d × 0.6; 85–96 % → (d − 64) × 2.5;
        /// 96–97 % → 80 A; 97 % and above → 0 A; NaN → 0 A.
        /// </summary>
        public static double AmpsForPercent(double percent)
        {
            if (double.IsNaN(percent) || percent < 8.0 || percent >= 97.0)
            {
                return 0.0;
            }

            if (percent <= 85.0)
            {
                return percent * 0.6;
            }

            if (percent < 96.0)
            {
                return (percent - 64.0) * 2.5;
            }

            return 80.0;
        }
    }
}
