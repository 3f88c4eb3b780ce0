namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>Why a CALL produced no result (argument of <see cref="CallFailedHandler"/>).</summary>
    public static class CallFailure
    {
        public const int CallError = 1;
        public const int Timeout = 2;
        public const int Aborted = 3;
    }
}
