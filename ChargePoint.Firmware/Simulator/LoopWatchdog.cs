namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// Software watchdog of the host program (the ESP32 program has its own, Esp32Only/Program.cs: it counts loop passes).
    /// The main loop kicks it every pass; a supervisor on another thread (a Timer) calls
    /// <see cref="Check"/> periodically. When the last kick is older than the timeout the handler runs
    /// once: the host program exits (code 3). Both sides pass monotonic milliseconds from the same clock.
    /// </summary>
    public sealed class LoopWatchdog
    {
        public const int DefaultTimeoutMs = 10000;

        private readonly object _gate = new object();
        private readonly ChargePoint.Ocpp.Rpc.SessionEventHandler _onExpired;
        private long _lastKickMs;
        private bool _armed;
        private bool _fired;

        /// <param name="onExpired">Called once with how long the loop has stalled (ms); the engine's (long) delegate type.</param>
        public LoopWatchdog(long timeoutMs, ChargePoint.Ocpp.Rpc.SessionEventHandler onExpired)
        {
            TimeoutMs = timeoutMs;
            _onExpired = onExpired;
        }

        public readonly long TimeoutMs;

        /// <summary>The loop is alive. The first kick arms the watchdog (start-up may take long).</summary>
        public void Kick(long nowMs)
        {
            lock (_gate)
            {
                _lastKickMs = nowMs;
                _armed = true;
            }
        }

        /// <summary>Supervisor side. Returns true (and runs the handler once) when the loop has stalled.</summary>
        public bool Check(long nowMs)
        {
            long stalled;
            lock (_gate)
            {
                if (!_armed || _fired)
                {
                    return _fired;
                }

                stalled = nowMs - _lastKickMs;
                if (stalled < TimeoutMs)
                {
                    return false;
                }

                _fired = true;
            }

            _onExpired(stalled);
            return true;
        }
    }
}
