using ChargePoint.Firmware.Evse;
using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Model.Status;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The firmware's EVSE binding: the IEC 61851 side of each connector (HAL <see cref="EvseController"/>: pilot,
    /// contactor, meter, faults) bound to its OCPP connector. The engine reads plug/EV state and energy through
    /// <see cref="IChargePointHooks"/> and says how much current may flow; the charger caps each connector at
    /// min(OCPP limit, MaxCurrent setting, its smart-charging limit, cable rating), shares the charge point's limit
    /// (ChargePointMaxProfile, SiteLimit setting) among them with <see cref="LoadSharing"/> every tick, offers the result
    /// to each pilot (no PWM below 6 A; SuspendedEVSE), and maps hardware faults to the connector's ChargePointErrorCode
    /// with vendor info, so StatusNotification reports them. Index i of the arrays is connector i + 1. Part of the charger
    /// (no class of its own: size).
    /// </summary>
    public sealed partial class Charger : IChargePointHooks, ISmartChargingSink
    {
        public const string VendorId = "OpenEV-nf";
        public const int ProximityReportDelayMs = 1000;

        /// <summary>Each connector's binding: index i is connector i + 1 (its meter as the engine reads it, its limits).</summary>
        public readonly ConnectorBinding[] Bindings;

        /// <summary>Shares the charge point's limit among the connectors (its inputs and offers, for status and tests).</summary>
        public readonly LoadSharing Sharing;

        // The ChargePointMaxProfile's limit (A); shared with the SiteLimit setting as min(both) (Sharing.LimitA).
        private double _chargePointLimitAmps = SmartChargingService.NoLimit;

        /// <summary>Smart charging changed a limit (connector 0: the ChargePointMaxProfile): re-shared at once.</summary>
        public void SetSmartChargingLimit(int connectorId, double amps)
        {
            if (connectorId == 0)
            {
                _chargePointLimitAmps = amps;
            }
            else if (Valid(connectorId))
            {
                Bindings[connectorId - 1].SmartLimitAmps = ControlPilot.OrZero(amps); // NaN: nothing offered (a NaN must not lose every Min and vanish)
            }

            ApplyCurrentLimits();
        }

        public bool IsPlugged(int connectorId)
        {
            return Valid(connectorId) && Evses[connectorId - 1].IsEvConnected;
        }

        public bool IsEvReady(int connectorId)
        {
            if (!Valid(connectorId))
            {
                return false;
            }

            PilotState s = Evses[connectorId - 1].Pilot.State;
            return s == PilotState.C || s == PilotState.D;
        }

        public long EnergyActiveImportWh(int connectorId)
        {
            return Valid(connectorId) ? Bindings[connectorId - 1].EnergyActiveImportWh : 0;
        }

        public void SetOfferedCurrentLimit(int connectorId, double amps)
        {
            if (Valid(connectorId))
            {
                Bindings[connectorId - 1].OcppLimitAmps = ControlPilot.OrZero(amps);
                ApplyCurrentLimits();
            }
        }

        /// <summary>These boards have no lock actuator: a socket is always free to pull, a fixed cable cannot be unlocked.</summary>
        public string UnlockConnector(int connectorId)
        {
            return Board.Pins[ChargePoint.Hal.Boards.BoardDefinition.FixedCableAmps] > 0 ? OcppEnum.NotSupported : OcppEnum.Unlocked;
        }

        /// <summary>OCPP Reset, after the engine stopped the transactions: the charger reboots.</summary>
        public void Reset(bool hard)
        {
            RequestReboot(hard ? "Hard reset" : "Soft reset", hard);
        }

        /// <summary>
        /// The most severe active fault decides the error code and the vendor code (short codes a technician can look up in
        /// the README); the others go into the info text.
        /// </summary>
        public static void ReportFaults(Connector connector, HalFaults faults)
        {
            if (faults == HalFaults.None)
            {
                connector.ClearFault();
                connector.VendorId = null;
                return;
            }

            connector.VendorId = VendorId;
            // Most severe first: the bit number of the HalFaults value, the place of its ChargePointErrorCode in codes, its
            // vendor code (constant strings: no arrays or switches in the image; each error code written once).
            const string codes = OcppEnum.GroundFailure + " " + OcppEnum.PowerSwitchFailure + " " + OcppEnum.OverCurrentFailure + " "
                + OcppEnum.HighTemperature + " " + OcppEnum.EVCommunicationError + " " + OcppEnum.OtherError + " " + OcppEnum.PowerMeterFailure;
            const string table = "00RCD_TRIP|31CONTACTOR_WELDED|22OVER_CURRENT|13OVER_TEMP|41CONTACTOR_NOT_CLOSING|64EV_DIODE|74PILOT_ERROR"
                + "|85PROXIMITY_ERROR|56METER_FAILURE|05FAULT";
            string[] rows = table.Split(new char[] { '|' });
            int i = 0;
            while (i < rows.Length - 1 && ((int)faults & (1 << (rows[i][0] - '0'))) == 0)
            {
                i++; // the last row: a fault this table does not know
            }

            string row = rows[i];
            string info = FaultMonitor.List(faults);
            connector.SetFault(codes.Split(new char[] { ' ' })[row[1] - '0'], info.Length > 50 ? info.Substring(0, 50) : info, row.Substring(2)); // CiString50
        }

        private bool Valid(int connectorId)
        {
            return connectorId >= 1 && connectorId <= Evses.Length;
        }

        /// <summary>
        /// Each connector's cap, min(OCPP limit, MaxCurrent, smart-charging limit, cable), 0 while inoperative without a
        /// transaction; the shared limit decides the offers (decreases at once, increases once the others have dropped).
        /// </summary>
        private void ApplyCurrentLimits()
        {
            double max = Settings.Current.MaxCurrentA;
            EvseController[] evses = Evses;
            LoadSharing sharing = Sharing;
            for (int i = 0; i < evses.Length; i++)
            {
                EvseController evse = evses[i];
                ConnectorBinding b = Bindings[i];
                double cap = ControlPilot.Min(ControlPilot.Min(b.OcppLimitAmps, max), b.SmartLimitAmps);
                int cable = evse.Pilot.CableMaxAmps;
                if (cable > 0)
                {
                    cap = ControlPilot.Min(cap, cable);
                }

                Connector c = b.Connector;
                if (c != null && !c.Operative && !c.TransactionRunning)
                {
                    cap = 0;
                }

                Atm90e32 meter = evse.Meter;
                double draw = meter != null && meter.Status == MeterStatus.Running ? meter.MaxAmps : double.NaN;
                sharing.Set(i, cap, draw);
            }

            // The charge point's limit shared among the connectors: min(ChargePointMaxProfile, SiteLimit).
            int site = Settings.Current.SiteLimitA;
            sharing.LimitA = site > 0 ? ControlPilot.Min(_chargePointLimitAmps, site) : ControlPilot.OrZero(_chargePointLimitAmps);
            sharing.Tick(LastTickMs); // the load sharing's clock between ticks
            for (int i = 0; i < evses.Length; i++)
            {
                evses[i].SetCurrentLimit(sharing.OfferedA(i));
                Connector c = Bindings[i].Connector;
                if (c != null)
                {
                    c.SupplySuspended = sharing.Suspended(i) && c.TransactionRunning;
                }
            }
        }
    }
}
