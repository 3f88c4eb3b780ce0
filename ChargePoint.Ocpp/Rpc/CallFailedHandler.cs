namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>A CALL failed: failure is an <see cref="OutgoingCall"/> failure constant (CallError, Timeout, Aborted); errorCode is the CallError code or "".</summary>
    public delegate void CallFailedHandler(int failure, string errorCode, long nowMs);
}
