namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The cooperative main loop's body: one fixed tick advances the whole charger and kicks the watchdog.
    /// The platform owns the waiting (ESP32: Thread.Sleep; simulator: simulated time), so this stays testable.
    /// </summary>
    public sealed class MainLoop
    {
        /// <summary>Fixed tick: fast enough for the 100 ms contactor rule (pilot debounce 20 ms + one tick), slow enough for the MCU.</summary>
        public const int TickMs = 25;

        private readonly Charger _charger;
        private readonly LoopWatchdog _watchdog;
        private long _nextTickMs = -1;

        public MainLoop(Charger charger, LoopWatchdog watchdog)
        {
            _charger = charger;
            _watchdog = watchdog;
        }

        /// <summary>Runs one tick at <paramref name="nowMs"/> and returns how long to wait before the next one.</summary>
        public int RunOnce(long nowMs)
        {
            _charger.Tick(nowMs);
            _watchdog.Kick(nowMs);
            _nextTickMs = _nextTickMs < 0 ? nowMs + TickMs : _nextTickMs + TickMs;
            if (_nextTickMs < nowMs)
            {
                _nextTickMs = nowMs; // overran: do not try to catch up with a burst
            }

            return (int)(_nextTickMs - nowMs);
        }
    }
}
