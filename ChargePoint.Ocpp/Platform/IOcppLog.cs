namespace ChargePoint.Ocpp.Platform
{
    /// <summary>Log sink for the engine (console, UART, test capture). Levels are <see cref="OcppLogLevel"/>.</summary>
    public interface IOcppLog
    {
        void Log(int level, string message);

        /// <summary>False when messages of this level are discarded: callers then skip building them
        /// (the frame trace would otherwise copy every frame in and out).</summary>
        bool IsEnabled(int level);
    }
}
