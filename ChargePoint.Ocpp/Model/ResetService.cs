using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// Reset (Spec §5.14, Errata 3.36): Accepted at once; <see cref="ResetRequested"/> lets the transaction service send
    /// StopTransaction with SoftReset/HardReset; then, when the line is idle and <see cref="Transactions"/> is settled (or after
    /// the grace time: <see cref="SoftGraceMs"/>, <see cref="HardGraceMs"/>), <see cref="IChargePointHooks.Reset"/> reboots.
    /// Unconfirmed stops stay in the journal and go out after the reboot.
    /// </summary>
    public sealed class ResetService : ITickable
    {
        private readonly RpcSession _session;
        private readonly IChargePointHooks _hooks;
        private bool _pending;
        private bool _hard;
        private long _requestedAtMs;

        public ResetService(RpcSession session, IChargePointHooks hooks)
        {
            _session = session;
            _hooks = hooks;
        }

        public ResetRequestedHandler ResetRequested;

        /// <summary>Asked before rebooting whether it has nothing left to deliver (IsSettled); null: nothing to wait for.</summary>
        public Transactions.TransactionService Transactions;

        public const long SoftGraceMs = 30000;

        public const long HardGraceMs = 5000;

        /// <summary>Returns a ResetStatus string.</summary>
        public string Request(string type, long nowMs)
        {
            bool hard = type == OcppEnum.Hard;
            if (_pending && (_hard || !hard))
            {
                return OcppEnum.Accepted;
            }

            _pending = true;
            _hard = hard;
            _requestedAtMs = nowMs;
            ResetRequested?.Invoke(hard, nowMs);
            return OcppEnum.Accepted;
        }

        public void Tick(long nowMs)
        {
            if (!_pending || nowMs <= _requestedAtMs)
            {
                return;
            }

            bool idle = _session.OutstandingCall == null && _session.QueuedCount == 0 && (Transactions == null || Transactions.IsSettled());
            long grace = _hard ? HardGraceMs : SoftGraceMs;
            if (idle || nowMs - _requestedAtMs >= grace)
            {
                _pending = false;
                _hooks.Reset(_hard);
            }
        }
    }
}
