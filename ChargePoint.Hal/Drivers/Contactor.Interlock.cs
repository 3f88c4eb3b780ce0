namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// The safety interlock (a part of Contactor: one type in the .pe). Opens the contactor from the safety inputs'
    /// pin-change path, without waiting for the main loop (which also parses JSON and writes flash, and can stall for
    /// seconds). The contactor is the <see cref="IDigitalInput.Listener"/> of its RCD and feedback inputs:
    /// <list type="bullet">
    /// <item>RCD trip (input true, confirmed by a second read to reject a spike): <see cref="Trip"/> opens the
    /// drive and inhibits closing; the trip is counted (<see cref="RcdTrips"/>) even if the input returns to
    /// normal before the loop runs, and <see cref="FaultMonitor"/> latches it as ResidualCurrent at its next pass.</item>
    /// <item>Feedback contact disagreeing with the command outside the settle window: a fault at once, not after the
    /// loop's debounce. Contacts that dropped out while commanded closed: the drive is opened (<see cref="FailedToClose"/>)
    /// so they cannot re-close by themselves; contacts that closed while commanded open: <see cref="Welded"/>. Changes
    /// inside the settle window are contact travel and bounce, left to <see cref="Tick"/>.</item>
    /// </list>
    /// Worst-case reaction, input edge → drive output off: the platform's pin-change dispatch plus this handler (a few
    /// field writes and one GPIO write), independent of the loop. In simulation the pins raise the event synchronously,
    /// so the drive is off at the same simulated instant. On the ESP32 nanoFramework queues the GPIO interrupt and runs
    /// ValueChanged on its event thread, which the interpreter schedules by time slice (20 ms quantum), so the bound is
    /// about one to two slices (≈ 40 ms) plus the relay's release time, inside the 100 ms of IEC 61851-1 Table A.6 even
    /// with the loop blocked (design estimate, not measured). The loop still reconciles every tick (the inputs are also polled).
    /// </summary>
    public sealed partial class Contactor
    {
        private readonly IDigitalInput _rcd;
        private readonly IClock _clock;

        /// <summary>
        /// RCD trips acted on by the pin-change path since start (written only by the pin-change path; a field, not a
        /// property: no accessor method in the .pe). <see cref="FaultMonitor"/> latches each new one.
        /// </summary>
        public int RcdTrips;

        /// <summary>The residual-current latch was cleared (its cause gone): closing is allowed again.</summary>
        public void Release()
        {
            Trip(false, 0);
            if (_rcd != null)
            {
                InputChanged(_rcd); // tripped again meanwhile?
            }
        }

        /// <summary>
        /// Pin-change path: the feedback contact (see the class comment); an RCD input that reads tripped twice (a spike
        /// is gone by the second read) trips the contactor.
        /// </summary>
        public void InputChanged(IDigitalInput input)
        {
            long now = _clock.NowMs;
            if (input != _rcd)
            {
                // The feedback contact (the only other input listened to).
                lock (_sync)
                {
                    bool fb = input.Value;
                    if (fb == IsCommandedClosed || now - _lastSwitchMs < SettleMs || input.Value != fb)
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
                        Set(false, now);
                    }
                }

                return;
            }

            if (!input.Value || !input.Value)
            {
                return; // back to normal (the latch stays), or a spike already gone
            }

            Trip(true, now);
            RcdTrips++;
        }

        /// <summary>Sets the listener of the RCD and feedback inputs: this contactor, or null to stop listening (the firmware is being rebuilt on the same hardware).</summary>
        public void Listen(Contactor listener)
        {
            if (_rcd != null)
            {
                _rcd.Listener = listener;
            }

            if (_feedback != null)
            {
                _feedback.Listener = listener;
            }
        }
    }
}
