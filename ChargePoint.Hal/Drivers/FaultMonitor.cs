using System.Text;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Collects hardware faults. Any active fault stops charging (the controller opens the contactor in the same tick).
    /// Latching and recovery:
    /// <list type="bullet">
    /// <item>ResidualCurrent: the RCD input is read twice per tick (spike rejection), and a trip the
    /// contactor's interlock (<see cref="Contactor.InputChanged"/>) caught on the pin-change path counts even if the input is normal again by the
    /// tick. It latches until <see cref="ClearLatched"/> (technician console, Central System Reset) while the input is
    /// normal, and the latch survives reboots (record <see cref="RcdLatchRecord"/>): a watchdog or power-cycle reboot is
    /// no reset. Automatic retry only when <see cref="EvseSettings.ResidualCurrentAutoRetry"/> is on, after the input
    /// has been normal for <see cref="EvseSettings.ResidualCurrentRetryDelayMs"/>, at most
    /// <see cref="EvseSettings.ResidualCurrentMaxRetries"/> times (counted across reboots, reset by ClearLatched).</item>
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
        /// <summary>Storage record of the RCD latch: "1" or "0", a tab, the automatic retries used.</summary>
        public const string RcdLatchRecord = "rcd.latch";

        private readonly IDigitalInput _rcd;
        public readonly EvseSettings Settings;
        private readonly Contactor _interlock;
        private readonly IStorage _storage;
        private long _overCurrentSinceMs = -1;
        private long _rcdNormalSinceMs = -1;
        private int _interlockTrips;
        private HalFaults _latched;
        private HalFaults _live;

        /// <param name="interlock">The contactor whose pin-change path counts RCD trips (null: none).</param>
        public FaultMonitor(IDigitalInput rcd, EvseSettings settings, Contactor interlock, IStorage storage)
        {
            _rcd = rcd;
            Settings = settings;
            _interlock = interlock;
            _storage = storage;
            if (storage == null)
            {
                return;
            }

            try
            {
                byte[] data = storage.Read(settings.RcdLatchRecord);
                if (data == null)
                {
                    return;
                }

                if (data.Length >= 3 && data[1] == (byte)'\t' && (data[0] == (byte)'0' || data[0] == (byte)'1'))
                {
                    if (data[0] == (byte)'1')
                    {
                        _latched |= HalFaults.ResidualCurrent;
                    }

                    int retries = 0;
                    for (int i = 2; i < data.Length && data[i] >= (byte)'0' && data[i] <= (byte)'9' && retries < 1000; i++)
                    {
                        retries = retries * 10 + (data[i] - (byte)'0');
                    }

                    ResidualCurrentRetries = retries;
                    return;
                }
            }
            catch (System.Exception)
            {
                // unreadable: as corrupt
            }

            // Corrupt or unreadable (see LatchRecordCorrupt): latched; the application moves the record aside and reports it.
            LatchRecordCorrupt = true;
            _latched |= HalFaults.ResidualCurrent;
        }

        /// <summary>Automatic RCD retries used since the latch was last cleared by an operator (written only here).</summary>
        public int ResidualCurrentRetries;

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

        /// <summary>
        /// Operator/remote reset: clears latched faults whose cause is gone (welds only when the feedback is open, pilot
        /// faults only when the pilot reads a valid state).
        /// </summary>
        public void ClearLatched(bool contactorWelded, PilotState pilot)
        {
            var keep = HalFaults.None;
            if (IsRcdInputTripped)
            {
                keep |= HalFaults.ResidualCurrent;
            }

            if (contactorWelded)
            {
                keep |= HalFaults.ContactorWelded;
            }

            if (pilot == PilotState.E || pilot == PilotState.DiodeFault || pilot == PilotState.Invalid)
            {
                keep |= _latched & (HalFaults.PilotFault | HalFaults.DiodeFault);
            }

            bool rcdCleared = (_latched & HalFaults.ResidualCurrent) != 0 && (keep & HalFaults.ResidualCurrent) == 0;
            bool hadRetries = ResidualCurrentRetries != 0;
            _latched &= keep;
            _overCurrentSinceMs = -1;
            if ((keep & HalFaults.ResidualCurrent) == 0)
            {
                ResidualCurrentRetries = 0;
                _rcdNormalSinceMs = -1;
                if (_interlock != null)
                {
                    _interlock.Release();
                }

                if (rcdCleared || hadRetries)
                {
                    SaveRcdLatch();
                }
            }
        }

        /// <summary>
        /// One pass over what the controller sees: the filtered pilot state, the current offered on the PWM (0 when no
        /// PWM), the highest measured phase current, the meter's temperature (°C; NaN when unknown) and the faults its
        /// parts report themselves (ContactorWelded and ContactorFailedToClose latch here; MeterFailure and ProximityFault
        /// follow their source).
        /// </summary>
        public void Tick(long nowMs, PilotState pilot, double offeredAmps, double measuredAmps, double temperatureCelsius, HalFaults seen)
        {
            // RCD: a trip on the input or one the interlock caught (possibly already gone) latches.
            bool retry = (_latched & HalFaults.ResidualCurrent) != 0;
            bool newTrip = false;
            if (_interlock != null && _interlock.RcdTrips != _interlockTrips)
            {
                _interlockTrips = _interlock.RcdTrips; // caught on the pin-change path, possibly already gone
                newTrip = true;
            }

            if (IsRcdInputTripped || newTrip)
            {
                _rcdNormalSinceMs = -1;
                if (!retry)
                {
                    _latched |= HalFaults.ResidualCurrent;
                    SaveRcdLatch();
                }

                retry = !IsRcdInputTripped; // still tripped: no retry timing
            }

            if (retry && Settings.ResidualCurrentAutoRetry && ResidualCurrentRetries < EvseSettings.ResidualCurrentMaxRetries)
            {
                if (_rcdNormalSinceMs < 0)
                {
                    _rcdNormalSinceMs = nowMs;
                }
                else if (nowMs - _rcdNormalSinceMs >= EvseSettings.ResidualCurrentRetryDelayMs)
                {
                    ResidualCurrentRetries++;
                    _latched &= ~HalFaults.ResidualCurrent;
                    _rcdNormalSinceMs = -1;
                    if (_interlock != null)
                    {
                        _interlock.Release();
                    }

                    SaveRcdLatch();
                }
            }

            // Temperature: no sensor reading keeps the state (a trip stays until a real reading clears it).
            double t = temperatureCelsius;
            if (!double.IsNaN(t))
            {
                if (t >= EvseSettings.OverTemperatureTripCelsius)
                {
                    _live |= HalFaults.OverTemperature;
                }
                else if (t <= EvseSettings.OverTemperatureClearCelsius)
                {
                    _live &= ~HalFaults.OverTemperature;
                }
            }

            // Over-current only while a PWM offers current: after the PWM stops the 6 s rule of the controller governs.
            // A NaN reading is never "within the limit" (whichever way the runtime compares NaN): it cannot hide an over-current.
            double offered = offeredAmps;
            bool over = false;
            if (!double.IsNaN(offered) && offered > 0)
            {
                double margin = offered * EvseSettings.OverCurrentMarginPercent / 100.0;
                if (margin < EvseSettings.OverCurrentMarginAmps)
                {
                    margin = EvseSettings.OverCurrentMarginAmps;
                }

                over = double.IsNaN(measuredAmps) || !(measuredAmps <= offered + margin);
            }

            if (!over)
            {
                _overCurrentSinceMs = -1;
            }
            else if (_overCurrentSinceMs < 0)
            {
                _overCurrentSinceMs = nowMs;
            }
            else if (nowMs - _overCurrentSinceMs > EvseSettings.OverCurrentMaxMs)
            {
                _latched |= HalFaults.OverCurrent;
            }

            _latched |= seen & (HalFaults.ContactorWelded | HalFaults.ContactorFailedToClose);
            switch (pilot)
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

            _live = (_live & HalFaults.OverTemperature) | (seen & (HalFaults.MeterFailure | HalFaults.ProximityFault));
        }

        /// <summary>
        /// The RCD latch record was unreadable at start-up. It may have held a latched trip (a power cut while it was
        /// written), so it counts as latched until a technician or a Reset clears it: fail safe, never silently live.
        /// </summary>
        public bool LatchRecordCorrupt;

        private void SaveRcdLatch()
        {
            if (_storage == null)
            {
                return;
            }

            bool latched = (_latched & HalFaults.ResidualCurrent) != 0;
            try
            {
                if (!latched && ResidualCurrentRetries == 0)
                {
                    _storage.Delete(Settings.RcdLatchRecord);
                    return;
                }

                _storage.Write(Settings.RcdLatchRecord, Encoding.UTF8.GetBytes((latched ? "1" : "0") + "\t" + ResidualCurrentRetries.ToString())); // ASCII
            }
            catch (System.Exception)
            {
                // The latch still holds in RAM for this boot.
            }
        }

        /// <summary>Comma-separated names of all set flags ("None" for none), for logs and OCPP info texts (no Enum.ToString on nanoFramework).</summary>
        public static string List(HalFaults faults)
        {
            if (faults == HalFaults.None)
            {
                return "None";
            }

            // Bit i of HalFaults is names[i] (one literal, not nine: no array initialiser in the byte code).
            string[] names = "ResidualCurrent,OverTemperature,OverCurrent,ContactorWelded,ContactorFailedToClose,MeterFailure,DiodeFault,PilotFault,ProximityFault".Split(new char[] { ',' }); // the params overload: the one nanoFramework has
            var sb = new StringBuilder();
            for (int i = 0; i < names.Length; i++)
            {
                if (((int)faults & (1 << i)) != 0)
                {
                    if (sb.Length > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append(names[i]);
                }
            }

            return sb.ToString();
        }
    }
}
