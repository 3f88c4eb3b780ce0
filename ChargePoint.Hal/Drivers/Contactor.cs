namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Contactor drive with an optional auxiliary feedback contact. The drive output switches at once; the
    /// feedback is compared with the command after <see cref="SettleMs"/> (contact travel plus bounce).
    /// Feedback closed while commanded open → <see cref="Welded"/>; feedback open while commanded closed →
    /// <see cref="FailedToClose"/>. Both latch until <see cref="ClearFaults"/>, which only clears a fault the
    /// feedback no longer shows.
    /// </summary>
    public sealed class Contactor : ITickable
    {
        public const int DefaultSettleMs = 300;

        private readonly IDigitalOutput _drive;
        private readonly IDigitalInput? _feedback;
        private long _lastSwitchMs;
        private long _mismatchSinceMs = -1;

        public Contactor(IDigitalOutput drive, IDigitalInput? feedback, int settleMs = DefaultSettleMs)
        {
            _drive = drive;
            _feedback = feedback;
            SettleMs = settleMs;
            _drive.Value = false;
        }

        public int SettleMs { get; }

        public bool IsCommandedClosed { get; private set; }

        /// <summary>The feedback contact's state (the command when no feedback is fitted).</summary>
        public bool IsFeedbackClosed
        {
            get { return _feedback == null ? IsCommandedClosed : _feedback.Value; }
        }

        public bool Welded { get; private set; }

        public bool FailedToClose { get; private set; }

        public int SwitchCount { get; private set; }

        public long LastSwitchMs
        {
            get { return _lastSwitchMs; }
        }

        public void Close(long nowMs)
        {
            Set(true, nowMs);
        }

        public void Open(long nowMs)
        {
            Set(false, nowMs);
        }

        public void ClearFaults()
        {
            bool fb = IsFeedbackClosed;
            if (Welded && !fb)
            {
                Welded = false;
            }

            if (FailedToClose && (fb || !IsCommandedClosed))
            {
                FailedToClose = false;
            }
        }

        public void Tick(long nowMs)
        {
            if (_feedback == null)
            {
                return;
            }

            bool fb = _feedback.Value;
            if (fb == IsCommandedClosed)
            {
                _mismatchSinceMs = -1;
                return;
            }

            if (_mismatchSinceMs < 0)
            {
                _mismatchSinceMs = nowMs;
            }

            long since = _mismatchSinceMs > _lastSwitchMs ? _mismatchSinceMs : _lastSwitchMs;
            if (nowMs - since < SettleMs)
            {
                return;
            }

            if (fb)
            {
                Welded = true;
            }
            else
            {
                FailedToClose = true;
            }
        }

        private void Set(bool closed, long nowMs)
        {
            if (closed == IsCommandedClosed)
            {
                return;
            }

            IsCommandedClosed = closed;
            _drive.Value = closed;
            _lastSwitchMs = nowMs;
            _mismatchSinceMs = -1;
            SwitchCount++;
        }
    }
}
