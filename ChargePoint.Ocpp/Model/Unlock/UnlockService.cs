using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Unlock
{
    /// <summary>
    /// UnlockConnector (Spec §5.18, Errata 3.87): NotSupported for connector 0 or an unknown connector; otherwise
    /// <see cref="Transactions"/> stops a running transaction (UnlockCommand), then the hardware hook answers
    /// Unlocked, UnlockFailed (a real mechanical failure) or NotSupported (fixed cable).
    /// </summary>
    public sealed class UnlockService
    {
        private readonly IChargePointHooks _hooks;
        private readonly int _connectorCount;

        public UnlockService(IChargePointHooks hooks, int connectorCount)
        {
            _hooks = hooks;
            _connectorCount = connectorCount;
        }

        /// <summary>Stops the connector's transaction (reason UnlockCommand) before the hook unlocks; null: none runs.</summary>
        public Transactions.TransactionService Transactions;

        /// <summary>Returns an UnlockStatus string.</summary>
        public string Unlock(int connectorId, long nowMs)
        {
            if (connectorId < 1 || connectorId > _connectorCount)
            {
                return UnlockStatus.NotSupported;
            }

            Transactions?.StopLocal(connectorId, Model.Transactions.StopReason.UnlockCommand, nowMs); // before the lock opens
            string result = _hooks.UnlockConnector(connectorId);
            return Messages.Validate.IsOneOf(result, UnlockStatus.All) ? result : UnlockStatus.UnlockFailed;
        }
    }
}
