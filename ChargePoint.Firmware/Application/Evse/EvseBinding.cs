using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Settings;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Model.Status;
using MeasurandCode = ChargePoint.Ocpp.Model.Metering.Measurand;
using PhaseCode = ChargePoint.Ocpp.Model.Metering.Phase;

namespace ChargePoint.Firmware.Evse
{
    /// <summary>
    /// The firmware's EVSE controller: binds the IEC 61851 side (HAL <see cref="EvseController"/>: pilot, contactor,
    /// meter, faults) to the OCPP connector. The engine reads plug/EV state and energy through
    /// <see cref="IChargePointHooks"/> and says how much current may flow; this class offers
    /// min(OCPP limit, MaxCurrent setting, smart-charging limit) to the pilot (which caps it at the cable rating and
    /// stops the PWM below 6 A), and maps hardware faults to the connector's ChargePointErrorCode with vendor info,
    /// so StatusNotification reports them.
    /// </summary>
    public sealed class EvseBinding : IChargePointHooks, ISmartChargingSink
    {
        public const string VendorId = "OpenEV-nf";
        public const int ProximityReportDelayMs = 1000;

        private readonly EvseController _evse;
        private readonly SettingsStore _settings;
        private readonly BoardDefinition _board;
        private readonly MeterAdapter _meter;
        private readonly ResetHandler _reset;
        private Connector? _connector;
        private double _ocppLimitAmps;
        private double _smartLimitAmps = SmartChargingService.NoLimit;
        private HalFaults _reportedFaults = HalFaults.None;
        private HalFaults _pendingFaults = HalFaults.None;
        private long _pendingSinceMs;

        public EvseBinding(EvseController evse, SettingsStore settings, BoardDefinition board, ResetHandler reset)
        {
            _evse = evse;
            _settings = settings;
            _board = board;
            _reset = reset;
            _meter = new MeterAdapter(evse, 3);
        }

        /// <summary>Reboot request from OCPP Reset (after the engine stopped the transactions).</summary>
        public delegate void ResetHandler(bool hard);

        public MeterAdapter Meter
        {
            get { return _meter; }
        }

        /// <summary>The current OCPP allows (A), before the device maximum and the cable cap.</summary>
        public double OcppLimitAmps
        {
            get { return _ocppLimitAmps; }
        }

        /// <summary>The smart-charging limit (A per phase); <see cref="SmartChargingService.NoLimit"/> when no profile limits the connector.</summary>
        public double SmartLimitAmps
        {
            get { return _smartLimitAmps; }
        }

        /// <summary>What the pilot is asked to offer this tick (A).</summary>
        public double RequestedAmps { get; private set; }

        public void Attach(Connector connector)
        {
            _connector = connector;
        }

        /// <summary>Runs after the EVSE controller's tick: pushes the current limit and the fault state.</summary>
        public void Tick(long nowMs)
        {
            ApplyCurrentLimit();
            if (_connector != null)
            {
                HalFaults faults = _evse.ActiveFaults;
                if (faults != _pendingFaults)
                {
                    _pendingFaults = faults;
                    _pendingSinceMs = nowMs;
                }

                // A proximity reading out of range alone is reported only when it persists: while a plug is pulled the
                // PP contact opens a few ms before the pilot reads A. Every other fault is reported at once (the
                // EVSE controller has already switched off in the tick it appeared).
                bool settled = (faults & ~HalFaults.ProximityFault) != 0 || faults == HalFaults.None || nowMs - _pendingSinceMs >= ProximityReportDelayMs;
                if (faults != _reportedFaults && settled)
                {
                    _reportedFaults = faults;
                    ReportFaults(_connector, faults);
                }
            }
        }

        /// <summary>Smart charging changed the limit: re-evaluated at once (below 6 A the pilot stops the PWM).</summary>
        public void SetSmartChargingLimit(int connectorId, double amps)
        {
            if (connectorId == 1)
            {
                _smartLimitAmps = SafeAmps.OrZero(amps); // NaN: nothing offered (a NaN must not lose every Min and vanish)
                ApplyCurrentLimit();
            }
        }

        public bool IsPlugged(int connectorId)
        {
            return connectorId == 1 && _evse.IsEvConnected;
        }

        public bool IsEvReady(int connectorId)
        {
            PilotState s = _evse.PilotState;
            return connectorId == 1 && (s == PilotState.C || s == PilotState.D);
        }

        public long EnergyActiveImportWh(int connectorId)
        {
            return _meter.EnergyActiveImportWh;
        }

        public bool TryReadMeasurand(int connectorId, string measurand, string? phase, out double value)
        {
            value = 0;
            int code = MeasurandCode.Parse(measurand);
            int phaseCode = phase == null ? PhaseCode.None : ParsePhase(phase);
            return connectorId == 1 && code != 0 && phaseCode >= 0 && _meter.TryRead(code, phaseCode, out value);
        }

        public void SetOfferedCurrentLimit(int connectorId, double amps)
        {
            if (connectorId == 1)
            {
                _ocppLimitAmps = SafeAmps.OrZero(amps);
                ApplyCurrentLimit();
            }
        }

        /// <summary>These boards have no lock actuator: a socket is always free to pull, a fixed cable cannot be unlocked.</summary>
        public string UnlockConnector(int connectorId)
        {
            return _board.FixedCableAmps > 0 ? UnlockStatus.NotSupported : UnlockStatus.Unlocked;
        }

        public void Reset(bool hard)
        {
            _reset(hard);
        }

        /// <summary>The most severe active fault decides the error code; the others go into the info text.</summary>
        public static void ReportFaults(Connector connector, HalFaults faults)
        {
            if (faults == HalFaults.None)
            {
                connector.ClearFault();
                connector.SetVendor(null);
                return;
            }

            connector.SetVendor(VendorId);
            HalFaults first = MostSevere(faults);
            connector.SetFault(ErrorCodeOf(first), Clip(HalFaultText.List(faults), 50), VendorCodeOf(first));
        }

        public static string ErrorCodeOf(HalFaults fault)
        {
            switch (fault)
            {
                case HalFaults.ResidualCurrent: return ChargePointErrorCode.GroundFailure;
                case HalFaults.OverTemperature: return ChargePointErrorCode.HighTemperature;
                case HalFaults.OverCurrent: return ChargePointErrorCode.OverCurrentFailure;
                case HalFaults.ContactorWelded:
                case HalFaults.ContactorFailedToClose: return ChargePointErrorCode.PowerSwitchFailure;
                case HalFaults.MeterFailure: return ChargePointErrorCode.PowerMeterFailure;
                case HalFaults.DiodeFault:
                case HalFaults.PilotFault: return ChargePointErrorCode.EVCommunicationError;
                default: return ChargePointErrorCode.OtherError;
            }
        }

        /// <summary>Short vendor codes (CiString50) a technician can look up in the README.</summary>
        public static string VendorCodeOf(HalFaults fault)
        {
            switch (fault)
            {
                case HalFaults.ResidualCurrent: return "RCD_TRIP";
                case HalFaults.OverTemperature: return "OVER_TEMP";
                case HalFaults.OverCurrent: return "OVER_CURRENT";
                case HalFaults.ContactorWelded: return "CONTACTOR_WELDED";
                case HalFaults.ContactorFailedToClose: return "CONTACTOR_NOT_CLOSING";
                case HalFaults.MeterFailure: return "METER_FAILURE";
                case HalFaults.DiodeFault: return "EV_DIODE";
                case HalFaults.PilotFault: return "PILOT_ERROR";
                case HalFaults.ProximityFault: return "PROXIMITY_ERROR";
                default: return "FAULT";
            }
        }

        private static HalFaults MostSevere(HalFaults faults)
        {
            HalFaults[] order = new HalFaults[]
            {
                HalFaults.ResidualCurrent, HalFaults.ContactorWelded, HalFaults.OverCurrent, HalFaults.OverTemperature,
                HalFaults.ContactorFailedToClose, HalFaults.DiodeFault, HalFaults.PilotFault, HalFaults.ProximityFault,
                HalFaults.MeterFailure,
            };
            for (int i = 0; i < order.Length; i++)
            {
                if ((faults & order[i]) != 0)
                {
                    return order[i];
                }
            }

            return faults;
        }

        /// <summary>min(OCPP limit, MaxCurrent, smart-charging limit); 0 while inoperative without a transaction.</summary>
        private void ApplyCurrentLimit()
        {
            double amps = SafeAmps.Min(SafeAmps.Min(_ocppLimitAmps, _settings.Current.MaxCurrentA), _smartLimitAmps);

            if (_connector != null && !_connector.Operative && !_connector.TransactionRunning)
            {
                amps = 0;
            }

            RequestedAmps = amps;
            _evse.SetCurrentLimit(amps);
        }

        private static int ParsePhase(string phase)
        {
            switch (phase)
            {
                case "L1": return PhaseCode.L1;
                case "L2": return PhaseCode.L2;
                case "L3": return PhaseCode.L3;
                case "L1-N": return PhaseCode.L1N;
                case "L2-N": return PhaseCode.L2N;
                case "L3-N": return PhaseCode.L3N;
                default: return -1;
            }
        }

        private static string Clip(string text, int max)
        {
            return text.Length > max ? text.Substring(0, max) : text;
        }
    }
}
