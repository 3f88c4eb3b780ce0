namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>A CALL failed: failure is a <see cref="CallFailure"/> value; errorCode is the CallError code or "".</summary>
    public delegate void CallFailedHandler(int failure, string errorCode, long nowMs);
}
