using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// Reset (Spec §5.14, Errata 3.36): Accepted at once; <see cref="Transactions"/> sends StopTransaction with
    /// SoftReset/HardReset and <see cref="ResetRequested"/> tells the others (<see cref="Hard"/> says which); then, when the line is idle and <see cref="Transactions"/> is settled (or after
    /// the grace time: <see cref="SoftGraceMs"/>, <see cref="HardGraceMs"/>), <see cref="IChargePointHooks.Reset"/> reboots.
    /// Unconfirmed stops stay in the journal and go out after the reboot.
    /// </summary>
    public sealed class ResetService : ITickable
    {
        private readonly RpcSession _session;
        private readonly IChargePointHooks _hooks;
        private bool _pending;
        private long _requestedAtMs;

        public ResetService(RpcSession session, IChargePointHooks hooks)
        {
            _session = session;
            _hooks = hooks;
        }

        /// <summary>A Reset was accepted (raised after the transactions were stopped; <see cref="Hard"/> says which kind).</summary>
        public SessionEventHandler ResetRequested;

        /// <summary>The pending or last accepted Reset is Hard (read only).</summary>
        public bool Hard;

        /// <summary>
        /// Stops its transactions when a Reset is accepted (StopAllForReset) and is asked before rebooting whether it has
        /// nothing left to deliver (IsSettled); null: nothing to stop or wait for.
        /// </summary>
        public Transactions.TransactionService Transactions;

        public const long SoftGraceMs = 30000;

        public const long HardGraceMs = 5000;

        /// <summary>Returns a ResetStatus string.</summary>
        public string Request(string type, long nowMs)
        {
            bool hard = type == OcppEnum.Hard;
            if (_pending && (Hard || !hard))
            {
                return OcppEnum.Accepted;
            }

            _pending = true;
            Hard = hard;
            _requestedAtMs = nowMs;
            Transactions?.StopAllForReset(hard, nowMs);
            ResetRequested?.Invoke(nowMs);
            return OcppEnum.Accepted;
        }

        public void Tick(long nowMs)
        {
            if (!_pending || nowMs <= _requestedAtMs)
            {
                return;
            }

            bool idle = _session.OutstandingCall == null && _session.QueuedCount == 0 && (Transactions == null || Transactions.IsSettled());
            long grace = Hard ? HardGraceMs : SoftGraceMs;
            if (idle || nowMs - _requestedAtMs >= grace)
            {
                _pending = false;
                _hooks.Reset(Hard);
            }
        }
    }
}
