namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Collects hardware faults. Any active fault stops charging (the controller opens the contactor in the same tick).
    /// Latching and recovery:
    /// <list type="bullet">
    /// <item>ResidualCurrent: the RCD input is read twice per tick (spike rejection) and latches; it clears after the
    /// input has been normal for <see cref="FaultSettings.ResidualCurrentAutoClearMs"/> or on <see cref="ClearLatched"/>
    /// while the input is normal.</item>
    /// <item>OverTemperature: self-clearing with hysteresis (trip/clear thresholds).</item>
    /// <item>OverCurrent: latches; clears when the EV is unplugged (state A) or on ClearLatched.</item>
    /// <item>ContactorWelded: latches (a hard fault, UL lockout practice); clears only on ClearLatched once the feedback reads open.</item>
    /// <item>ContactorFailedToClose: latches; clears on unplug or ClearLatched.</item>
    /// <item>DiodeFault and PilotFault (state E or an invalid level while an EV is present): latch until state A is seen.</item>
    /// <item>MeterFailure and ProximityFault: follow their source (no latch).</item>
    /// </list>
    /// </summary>
    public sealed class FaultMonitor
    {
        private readonly IDigitalInput? _rcd;
        private readonly FaultSettings _settings;
        private long _overCurrentSinceMs = -1;
        private long _rcdNormalSinceMs = -1;
        private HalFaults _latched;
        private HalFaults _live;

        public FaultMonitor(IDigitalInput? rcd, FaultSettings settings)
        {
            _rcd = rcd;
            _settings = settings;
        }

        /// <summary>All active faults (latched and live).</summary>
        public HalFaults Active
        {
            get { return _latched | _live; }
        }

        public bool IsRcdInputTripped
        {
            get { return _rcd != null && _rcd.Value && _rcd.Value; }
        }

        public bool Has(HalFaults fault)
        {
            return (Active & fault) != 0;
        }

        /// <summary>Operator/remote reset: clears latched faults whose cause is gone (welds only when the feedback is open).</summary>
        public void ClearLatched(FaultInputs inputs)
        {
            var keep = HalFaults.None;
            if (IsRcdInputTripped)
            {
                keep |= HalFaults.ResidualCurrent;
            }

            if (inputs.ContactorWelded)
            {
                keep |= HalFaults.ContactorWelded;
            }

            if (inputs.Pilot == PilotState.E || inputs.Pilot == PilotState.DiodeFault || inputs.Pilot == PilotState.Invalid)
            {
                keep |= _latched & (HalFaults.PilotFault | HalFaults.DiodeFault);
            }

            _latched &= keep;
            _overCurrentSinceMs = -1;
        }

        public void Tick(long nowMs, FaultInputs inputs)
        {
            CheckRcd(nowMs);
            CheckTemperature(inputs);
            CheckOverCurrent(nowMs, inputs);

            if (inputs.ContactorWelded)
            {
                _latched |= HalFaults.ContactorWelded;
            }

            if (inputs.ContactorFailedToClose)
            {
                _latched |= HalFaults.ContactorFailedToClose;
            }

            switch (inputs.Pilot)
            {
                case PilotState.A:
                    _latched &= ~(HalFaults.OverCurrent | HalFaults.ContactorFailedToClose | HalFaults.DiodeFault | HalFaults.PilotFault);
                    break;
                case PilotState.DiodeFault:
                    _latched |= HalFaults.DiodeFault;
                    break;
                case PilotState.E:
                case PilotState.Invalid:
                    _latched |= HalFaults.PilotFault;
                    break;
            }

            var live = _live & HalFaults.OverTemperature;
            if (inputs.MeterFailed)
            {
                live |= HalFaults.MeterFailure;
            }

            if (inputs.ProximityInvalid)
            {
                live |= HalFaults.ProximityFault;
            }

            _live = live;
        }

        private void CheckRcd(long nowMs)
        {
            if (IsRcdInputTripped)
            {
                _latched |= HalFaults.ResidualCurrent;
                _rcdNormalSinceMs = -1;
                return;
            }

            if ((_latched & HalFaults.ResidualCurrent) == 0 || _settings.ResidualCurrentAutoClearMs <= 0)
            {
                return;
            }

            if (_rcdNormalSinceMs < 0)
            {
                _rcdNormalSinceMs = nowMs;
            }
            else if (nowMs - _rcdNormalSinceMs >= _settings.ResidualCurrentAutoClearMs)
            {
                _latched &= ~HalFaults.ResidualCurrent;
                _rcdNormalSinceMs = -1;
            }
        }

        private void CheckTemperature(FaultInputs inputs)
        {
            double t = inputs.TemperatureCelsius;
            if (double.IsNaN(t))
            {
                return; // no sensor reading: keep the state (a trip stays until a real reading clears it)
            }

            if (t >= _settings.OverTemperatureTripCelsius)
            {
                _live |= HalFaults.OverTemperature;
            }
            else if (t <= _settings.OverTemperatureClearCelsius)
            {
                _live &= ~HalFaults.OverTemperature;
            }
        }

        // Only while a PWM offers current: after the PWM stops the 6 s rule of the controller governs.
        private void CheckOverCurrent(long nowMs, FaultInputs inputs)
        {
            double offered = inputs.OfferedAmps;
            if (double.IsNaN(offered) || offered <= 0)
            {
                _overCurrentSinceMs = -1;
                return;
            }

            double margin = offered * _settings.OverCurrentMarginPercent / 100.0;
            if (margin < _settings.OverCurrentMarginAmps)
            {
                margin = _settings.OverCurrentMarginAmps;
            }

            // A NaN reading is never "within the limit" (whichever way the runtime compares NaN): it cannot hide an over-current.
            double measured = inputs.MeasuredAmps;
            if (!double.IsNaN(measured) && measured <= offered + margin)
            {
                _overCurrentSinceMs = -1;
                return;
            }

            if (_overCurrentSinceMs < 0)
            {
                _overCurrentSinceMs = nowMs;
            }
            else if (nowMs - _overCurrentSinceMs > _settings.OverCurrentMaxMs)
            {
                _latched |= HalFaults.OverCurrent;
            }
        }
    }
}
