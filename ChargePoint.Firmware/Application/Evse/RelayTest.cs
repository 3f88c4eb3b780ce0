using ChargePoint.Hal.Drivers;

namespace ChargePoint.Firmware.Evse
{
    /// <summary>
    /// Technician relay test: close, check the feedback, open, check the feedback. Runs only with no vehicle
    /// (state A) and no fault; while it runs the charger ticks the pilot, meter and contactor directly (the EVSE
    /// controller would keep the contactor open). A vehicle appearing aborts it and opens at once.
    /// </summary>
    public sealed class RelayTest
    {
        private const int Idle = 0;
        private const int Closing = 1;
        private const int Opening = 2;

        private readonly EvseController _evse;
        private int _phase = Idle;
        private long _phaseStartMs;
        private bool _closedOk;

        public RelayTest(EvseController evse)
        {
            _evse = evse;
        }

        public bool IsRunning
        {
            get { return _phase != Idle; }
        }

        /// <summary>Null when started, else why not.</summary>
        public string Start(long nowMs)
        {
            if (_phase != Idle)
            {
                return "a relay test is already running";
            }

            PilotState s = _evse.PilotState;
            if (s != PilotState.A)
            {
                return "not allowed: a vehicle is connected or the pilot is not in state A (" + PilotStateText.Of(s) + ")";
            }

            if (_evse.ActiveFaults != HalFaults.None)
            {
                return "not allowed: active fault " + HalFaultText.List(_evse.ActiveFaults) + " (clear it first)";
            }

            _phase = Closing;
            _phaseStartMs = nowMs;
            _evse.Contactor.Close(nowMs);
            return null;
        }

        /// <summary>Advances the test; returns the result line when the test ends in this tick.</summary>
        public string Tick(long nowMs)
        {
            _evse.Pilot.Tick(nowMs);
            if (_evse.Meter != null)
            {
                _evse.Meter.Tick(nowMs);
            }

            _evse.Contactor.Tick(nowMs);
            if (_evse.PilotState != PilotState.A && _evse.PilotState != PilotState.Unknown)
            {
                _evse.Contactor.Open(nowMs);
                return Finish("relay test: aborted, vehicle connected (contactor opened)");
            }

            long settle = _evse.Contactor.SettleMs + 50;
            if (_phase == Closing && nowMs - _phaseStartMs >= settle)
            {
                _closedOk = _evse.Contactor.IsFeedbackClosed && !_evse.Contactor.FailedToClose;
                _evse.Contactor.Open(nowMs);
                _phase = Opening;
                _phaseStartMs = nowMs;
            }
            else if (_phase == Opening && nowMs - _phaseStartMs >= settle)
            {
                bool openedOk = !_evse.Contactor.IsFeedbackClosed && !_evse.Contactor.Welded;
                if (_closedOk && openedOk)
                {
                    return Finish("relay test: passed (closed and opened, feedback agrees)");
                }

                return Finish("relay test: FAILED (" + (_closedOk ? string.Empty : "did not close; ") + (openedOk ? string.Empty : "did not open: welded?") + ")");
            }

            return null;
        }

        private string Finish(string result)
        {
            _phase = Idle;
            return result;
        }
    }
}
