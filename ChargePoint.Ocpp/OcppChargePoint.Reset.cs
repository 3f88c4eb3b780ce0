using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Reset (Spec §5.14, Errata 3.36), part of the composition root (a service type of its own cost the image a type,
    /// a constructor, a Tick and three fields): Accepted at once; <see cref="Transactions"/> sends StopTransaction with
    /// SoftReset/HardReset and <see cref="ResetRequested"/> tells the others (<see cref="HardReset"/> says which); then,
    /// when the line is idle and <see cref="Transactions"/> is settled (or after the grace time: <see cref="SoftGraceMs"/>,
    /// <see cref="HardGraceMs"/>), <see cref="IChargePointHooks.Reset"/> reboots. Unconfirmed stops stay in the journal
    /// and go out after the reboot.
    /// </summary>
    public sealed partial class OcppChargePoint
    {
        public const long SoftGraceMs = 30000;

        public const long HardGraceMs = 5000;

        private bool _resetPending;
        private long _resetAtMs;

        /// <summary>A Reset was accepted (raised after the transactions were stopped; <see cref="HardReset"/> says which kind).</summary>
        public SessionEventHandler ResetRequested;

        /// <summary>The pending or last accepted Reset is Hard (read only).</summary>
        public bool HardReset;

        /// <summary>Reset.req (also the device side): returns a ResetStatus string.</summary>
        public string Reset(string type, long nowMs)
        {
            bool hard = type == OcppEnum.Hard;
            if (_resetPending && (HardReset || !hard))
            {
                return OcppEnum.Accepted;
            }

            _resetPending = true;
            HardReset = hard;
            _resetAtMs = nowMs;
            Transactions?.StopAllForReset(hard, nowMs);
            ResetRequested?.Invoke(nowMs);
            return OcppEnum.Accepted;
        }
    }
}
