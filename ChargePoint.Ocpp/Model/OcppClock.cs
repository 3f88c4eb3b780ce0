using System;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// Wall clock for OCPP timestamps: a UTC base (from BootNotification / Heartbeat currentTime, or NTP via
    /// <see cref="Set"/>) plus the monotonic milliseconds elapsed since. Before it is set, <see cref="Now"/> counts from
    /// 1970-01-01 and <see cref="IsSet"/> is false: callers decide to hold back or re-stamp such data.
    /// </summary>
    public sealed class OcppClock
    {
        private long _baseTicks = CaptureTime.EpochTicks;
        private long _setAtMs;

        /// <summary>Set once <see cref="Set"/> ran (read only).</summary>
        public bool IsSet;

        /// <summary>
        /// Raised after <see cref="Set"/> moved an already set clock, by <see cref="AdjustedByMs"/> (the security log
        /// reports large jumps).
        /// </summary>
        public Rpc.SessionEventHandler Adjusted;

        /// <summary>The last move of an already set clock: new minus old reading, ms (positive = forward; read only).</summary>
        public long AdjustedByMs;

        public void Set(DateTime utc, long nowMs)
        {
            bool wasSet = IsSet;
            long beforeTicks = Now(nowMs).Ticks;
            _baseTicks = utc.Ticks;
            _setAtMs = nowMs;
            IsSet = true;
            if (wasSet)
            {
                AdjustedByMs = (utc.Ticks - beforeTicks) / TimeSpan.TicksPerMillisecond;
                Adjusted?.Invoke(nowMs);
            }
        }

        /// <summary>UTC milliseconds since 1970, or 0 while the clock is not set.</summary>
        public long UtcMs(long nowMs) => IsSet ? CaptureTime.ToMs(Now(nowMs)) : 0;

        public DateTime Now(long nowMs) => new DateTime(_baseTicks + (nowMs - _setAtMs) * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }
}
