namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The outcome of a CALL (one delegate type for both): failure <see cref="OutgoingCall.Answered"/> with result the
    /// parsed .conf (<see cref="OutgoingCall.ParseResult"/>) of a well-formed CALLRESULT, or an <see cref="OutgoingCall"/>
    /// failure constant (CallError, Timeout, Aborted) with result the CallError code (a string; "" without one).
    /// </summary>
    public delegate void CallOutcomeHandler(int failure, object result, long nowMs);
}
