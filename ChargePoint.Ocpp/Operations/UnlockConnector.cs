using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>
        /// UnlockConnector.req (Spec §5.18, Errata 3.87; service: the <see cref="OcppChargePoint"/>): NotSupported for
        /// connector 0 or an unknown connector; otherwise <see cref="OcppChargePoint.Transactions"/> stops a running
        /// transaction (UnlockCommand), then the hardware hook answers Unlocked, UnlockFailed (a real mechanical failure)
        /// or NotSupported (fixed cable).
        /// </summary>
        private static object UnlockConnector(int connectorId, OcppChargePoint cp, long nowMs)
        {
            if (connectorId < 1 || connectorId >= cp.Connectors.Length)
            {
                return OcppEnum.NotSupported;
            }

            cp.Transactions?.StopLocal(connectorId, Model.Transactions.StopReason.UnlockCommand, nowMs); // before the lock opens
            string result = cp.Hooks.UnlockConnector(connectorId);
            return Validate.IsOneOf(result, OcppEnum.UnlockStatus) ? result : OcppEnum.UnlockFailed;
        }
    }
}
