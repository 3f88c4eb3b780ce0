namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// A contactor: the coil is the drive output, the main contacts follow after the operate/release time and an
    /// auxiliary contact mirrors them on <see cref="Feedback"/>. A weld keeps the contacts closed whatever the coil does.
    /// </summary>
    public sealed class SimulatedRelay : IDigitalOutput
    {
        private readonly IClock _clock;
        private bool _coil;
        private long _coilChangedAtMs;

        public SimulatedRelay(IClock clock)
        {
            _clock = clock;
            Feedback = new SimulatedDigitalInput();
        }

        public int OperateMs { get; set; } = 20;

        public int ReleaseMs { get; set; } = 15;

        /// <summary>Coil drive.</summary>
        public bool Value
        {
            get { return _coil; }
            set
            {
                if (value != _coil)
                {
                    _coil = value;
                    _coilChangedAtMs = _clock.NowMs;
                    CoilSwitches++;
                }
            }
        }

        public int CoilSwitches { get; private set; }

        public bool ContactsClosed { get; private set; }

        /// <summary>When the main contacts last opened (ms), -1 before.</summary>
        public long ContactsOpenedAtMs { get; private set; } = -1;

        public long ContactsClosedAtMs { get; private set; } = -1;

        public bool IsWelded { get; private set; }

        /// <summary>Auxiliary (feedback) contact: true = contacts closed.</summary>
        public SimulatedDigitalInput Feedback { get; }

        /// <summary>Contacts weld shut (now closed for good, even if they were open).</summary>
        public void Weld()
        {
            IsWelded = true;
            SetContacts(true, _clock.NowMs);
        }

        public void Unweld()
        {
            IsWelded = false;
        }

        public void Update(long nowMs)
        {
            if (!IsWelded)
            {
                long elapsed = nowMs - _coilChangedAtMs;
                if (_coil && !ContactsClosed && elapsed >= OperateMs)
                {
                    SetContacts(true, nowMs);
                }
                else if (!_coil && ContactsClosed && elapsed >= ReleaseMs)
                {
                    SetContacts(false, nowMs);
                }
            }

            Feedback.Value = ContactsClosed;
        }

        private void SetContacts(bool closed, long nowMs)
        {
            if (closed == ContactsClosed)
            {
                return;
            }

            ContactsClosed = closed;
            if (closed)
            {
                ContactsClosedAtMs = nowMs;
            }
            else
            {
                ContactsOpenedAtMs = nowMs;
            }

            Feedback.Value = closed;
        }
    }
}
