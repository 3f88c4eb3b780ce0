namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Contactor drive with an optional auxiliary feedback contact. The drive output switches at once; the
    /// feedback is compared with the command after <see cref="SettleMs"/> (contact travel plus bounce).
    /// Feedback closed while commanded open → <see cref="Welded"/>; feedback open while commanded closed →
    /// <see cref="FailedToClose"/>. Both latch until <see cref="ClearFaults"/>, which only clears a fault the
    /// feedback no longer shows.
    /// Thread-safe: the main loop and the <see cref="SafetyInterlock"/> (pin-change path, another thread on the
    /// device) both drive it. <see cref="Trip"/> opens and inhibits closing until <see cref="ReleaseTrip"/>, so a loop
    /// pass that decided to close before the trip cannot re-close after it.
    /// </summary>
    public sealed class Contactor : ITickable
    {
        public const int DefaultSettleMs = 300;

        private readonly object _sync = new object();
        private readonly IDigitalOutput _drive;
        private readonly IDigitalInput _feedback;
        private long _lastSwitchMs;
        private long _mismatchSinceMs = -1;
        private bool _welded;
        private bool _failedToClose;
        private bool _tripped;
        private bool _closed;

        public Contactor(IDigitalOutput drive, IDigitalInput feedback, int settleMs = DefaultSettleMs)
        {
            _drive = drive;
            _feedback = feedback;
            SettleMs = settleMs;
            _drive.Value = false;
        }

        public readonly int SettleMs;

        public bool IsCommandedClosed
        {
            get { return _closed; }
        }

        /// <summary>The feedback contact's state (the command when no feedback is fitted).</summary>
        public bool IsFeedbackClosed
        {
            get { return _feedback == null ? _closed : _feedback.Value; }
        }

        public bool Welded
        {
            get { return _welded; }
        }

        public bool FailedToClose
        {
            get { return _failedToClose; }
        }

        /// <summary>Closes, unless tripped (<see cref="Trip"/>, until <see cref="ReleaseTrip"/>): then it stays open.</summary>
        public void Close(long nowMs)
        {
            lock (_sync)
            {
                if (!_tripped)
                {
                    Set(true, nowMs);
                }
            }
        }

        public void Open(long nowMs)
        {
            lock (_sync)
            {
                Set(false, nowMs);
            }
        }

        /// <summary>Safety path: opens at once and refuses to close until <see cref="ReleaseTrip"/>.</summary>
        public void Trip(long nowMs)
        {
            lock (_sync)
            {
                _tripped = true;
                Set(false, nowMs);
            }
        }

        public void ReleaseTrip()
        {
            lock (_sync)
            {
                _tripped = false;
            }
        }

        public void ClearFaults()
        {
            lock (_sync)
            {
                bool fb = IsFeedbackClosed;
                if (_welded && !fb)
                {
                    _welded = false;
                }

                if (_failedToClose && (fb || !_closed))
                {
                    _failedToClose = false;
                }
            }
        }

        /// <summary>
        /// Pin-change path of the feedback contact: a disagreement with the command outside the settle window after a
        /// switch is a fault at once, not after the loop's debounce. Contacts that dropped out while commanded closed:
        /// the drive is opened (<see cref="FailedToClose"/>) so they cannot re-close by themselves; contacts that closed
        /// while commanded open: <see cref="Welded"/>. Changes inside the settle window are contact travel and bounce,
        /// left to <see cref="Tick"/>.
        /// </summary>
        public void OnFeedbackChanged(long nowMs)
        {
            if (_feedback == null)
            {
                return;
            }

            lock (_sync)
            {
                bool fb = _feedback.Value;
                if (fb == _closed || nowMs - _lastSwitchMs < SettleMs || _feedback.Value != fb)
                {
                    return;
                }

                if (fb)
                {
                    _welded = true;
                }
                else
                {
                    _failedToClose = true;
                    Set(false, nowMs);
                }
            }
        }

        public void Tick(long nowMs)
        {
            if (_feedback == null)
            {
                return;
            }

            lock (_sync)
            {
                bool fb = _feedback.Value;
                if (fb == _closed)
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
                    _welded = true;
                }
                else
                {
                    _failedToClose = true;
                }
            }
        }

        private void Set(bool closed, long nowMs)
        {
            if (closed == _closed)
            {
                return;
            }

            _closed = closed;
            _drive.Value = closed;
            _lastSwitchMs = nowMs;
            _mismatchSinceMs = -1;
        }
    }
}
