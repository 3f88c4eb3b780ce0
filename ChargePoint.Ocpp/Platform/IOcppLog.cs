namespace ChargePoint.Ocpp.Platform
{
    /// <summary>Log sink for the engine (console, UART, test capture). Levels are <see cref="OcppLogLevel"/>.</summary>
    public interface IOcppLog
    {
        void Log(int level, string message);
    }
}
