using System;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Model.Clock
{
    /// <summary>
    /// Wall clock for OCPP timestamps: a UTC base (from BootNotification / Heartbeat currentTime, or NTP via
    /// <see cref="Set"/>) plus the monotonic milliseconds elapsed since. Before it is set, <see cref="Now"/> counts from
    /// 1970-01-01 and <see cref="IsSet"/> is false: callers decide to hold back or re-stamp such data.
    /// </summary>
    public sealed class OcppClock
    {
        private long _baseTicks = UtcTime.EpochTicks;
        private long _setAtMs;
        private bool _set;

        public bool IsSet => _set;

        /// <summary>Raised after <see cref="Set"/> moved an already set clock (the security log reports large jumps).</summary>
        public ClockAdjustedHandler Adjusted;

        public void Set(DateTime utc, long nowMs)
        {
            bool wasSet = _set;
            long beforeTicks = Now(nowMs).Ticks;
            _baseTicks = utc.Ticks;
            _setAtMs = nowMs;
            _set = true;
            if (wasSet)
            {
                Adjusted?.Invoke((utc.Ticks - beforeTicks) / TimeSpan.TicksPerMillisecond, nowMs);
            }
        }

        /// <summary>UTC milliseconds since 1970, or 0 while the clock is not set.</summary>
        public long UtcMs(long nowMs) => _set ? UtcTime.ToMs(Now(nowMs)) : 0;

        public DateTime Now(long nowMs) => new DateTime(_baseTicks + (nowMs - _setAtMs) * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }
}
