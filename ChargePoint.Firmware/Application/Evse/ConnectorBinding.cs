using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Model.Status;

namespace ChargePoint.Firmware.Evse
{
    /// <summary>One connector's state in <see cref="EvseBinding"/>: its meter, OCPP connector, limits and fault reporting.</summary>
    internal sealed class ConnectorBinding
    {
        public ConnectorBinding(MeterAdapter meter)
        {
            Meter = meter;
        }

        public readonly MeterAdapter Meter;

        public Connector Connector;

        /// <summary>The current OCPP allows (A): the session limit, 0 without a session.</summary>
        public double OcppLimitAmps;

        /// <summary>Its smart-charging limit (A per phase); NoLimit when no profile limits it.</summary>
        public double SmartLimitAmps = SmartChargingService.NoLimit;

        public HalFaults ReportedFaults = HalFaults.None;

        /// <summary>Faults seen but not yet reported (a proximity fault must persist first), and since when.</summary>
        public HalFaults PendingFaults = HalFaults.None;

        public long PendingSinceMs;
    }
}
