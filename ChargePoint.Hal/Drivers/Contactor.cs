namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Contactor drive with an optional auxiliary feedback contact. The drive output switches at once; the
    /// feedback is compared with the command after <see cref="SettleMs"/> (contact travel plus bounce).
    /// Feedback closed while commanded open → <see cref="Welded"/>; feedback open while commanded closed →
    /// <see cref="FailedToClose"/>. Both latch until <see cref="ClearFaults"/>, which only clears a fault the
    /// feedback no longer shows.
    /// Thread-safe: the main loop and the safety inputs' pin-change path (<see cref="InputChanged"/>, the interlock half in
    /// Contactor.Interlock.cs; another thread on the device) both drive it. <see cref="Trip"/> opens and inhibits closing until
    /// it is released, so a loop pass that decided to close before the trip cannot re-close after it.
    /// </summary>
    public sealed partial class Contactor
    {
        /// <summary>Contact travel plus bounce, the same for every relay of the catalog (a constant: free in the .pe).</summary>
        public const int SettleMs = 300;

        private readonly object _sync = new object();
        private readonly IDigitalOutput _drive;
        private readonly IDigitalInput _feedback;
        private long _lastSwitchMs;
        private long _mismatchSinceMs = -1;
        private bool _tripped;

        /// <param name="rcd">The RCD trip input (null: none), watched from its pin-change path like the feedback.</param>
        /// <param name="clock">The pin-change path's time.</param>
        public Contactor(IDigitalOutput drive, IDigitalInput feedback, IDigitalInput rcd, IClock clock)
        {
            _drive = drive;
            _feedback = feedback;
            _rcd = rcd;
            _clock = clock;
            drive.Value = false;
            Listen(this);
        }

        /// <summary>The drive's command (written only here, under the lock).</summary>
        public bool IsCommandedClosed;

        /// <summary>The feedback contact's state (the command when no feedback is fitted).</summary>
        public bool IsFeedbackClosed
        {
            get { return _feedback == null ? IsCommandedClosed : _feedback.Value; }
        }

        /// <summary>Latched faults (written only here, under the lock; cleared by <see cref="ClearFaults"/>).</summary>
        public bool Welded;

        public bool FailedToClose;

        /// <summary>
        /// Closes or opens; a close while tripped (<see cref="Trip"/>, until released) leaves it open. One method for
        /// both: one row and one lock in the .pe.
        /// </summary>
        public void Command(bool closed, long nowMs)
        {
            lock (_sync)
            {
                if (!closed || !_tripped)
                {
                    Set(closed, nowMs);
                }
            }
        }

        /// <summary>
        /// Safety path: tripped opens at once and refuses to close until a Trip(false, ...) releases it (one method for
        /// both: one row and one lock in the .pe).
        /// </summary>
        public void Trip(bool tripped, long nowMs)
        {
            lock (_sync)
            {
                _tripped = tripped;
                if (tripped)
                {
                    Set(false, nowMs);
                }
            }
        }

        public void ClearFaults()
        {
            lock (_sync)
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
        }
    }
}
