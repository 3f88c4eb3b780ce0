namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Pluggable source of transaction-related CALLs (StartTransaction, StopTransaction and MeterValues that
    /// carry a transactionId): the persistent journal implements it; the session only delivers.
    /// Contract:
    /// - The session asks <see cref="NextDue"/> only when the line is free (no outstanding CALL), the connection
    ///   is open, BootNotification was Accepted, and its ordinary queue is empty: other messages overtake.
    /// - The source returns its head message if it is due at nowMs (it owns TransactionMessageAttempts /
    ///   TransactionMessageRetryInterval and any back-off), else null. Returning the same head until an outcome
    ///   says otherwise gives strict in-order delivery.
    /// - The session sends the call (writing its payload at that moment, so a transactionId that arrived
    ///   meanwhile can be patched in) and reports exactly one outcome on the call object:
    ///   OnOutcome Answered = confirmed (never send it again); CallError / Timeout = a failed attempt (count it, retry
    ///   after the interval, drop after the last attempt); Aborted = connection lost before an answer
    ///   (not an attempt: resend after reconnect, ideally with the same MessageId).
    /// - The source may preset <see cref="OutgoingCall.MessageId"/> (persisted) to resend after a reboot with the same id.
    /// </summary>
    public interface ITransactionMessageSource
    {
        OutgoingCall NextDue(long nowMs);
    }
}
