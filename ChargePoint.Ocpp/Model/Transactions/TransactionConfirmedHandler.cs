using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>A StartTransaction (or StopTransaction) of tx was confirmed; info is the idTagInfo of the answer (null if none).</summary>
    public delegate void TransactionConfirmedHandler(JournalTransaction tx, int kind, IdTagInfo? info, long nowMs);
}
