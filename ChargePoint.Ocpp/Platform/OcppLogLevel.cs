namespace ChargePoint.Ocpp.Platform
{
    /// <summary>Log levels. Trace carries every frame in and out ("&gt; " sent, "&lt; " received).</summary>
    public static class OcppLogLevel
    {
        public const int Trace = 0;
        public const int Info = 1;
        public const int Warning = 2;
        public const int Error = 3;
    }
}
