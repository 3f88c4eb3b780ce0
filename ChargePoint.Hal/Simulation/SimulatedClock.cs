using System;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>Test/simulator time: a monotonic millisecond counter and a UTC clock that moves with it.</summary>
    public sealed class SimulatedClock : IClock
    {
        private DateTime _utcAtZero;

        public SimulatedClock()
            : this(new DateTime(new DateTime(2025, 1, 1).Ticks, DateTimeKind.Utc)) // nano has no (y,m,d,h,m,s,kind) ctor
        {
        }

        public SimulatedClock(DateTime utcAtStart)
        {
            _utcAtZero = utcAtStart;
        }

        public long NowMs { get; private set; }

        public DateTime UtcNow
        {
            get { return _utcAtZero.AddTicks(NowMs * TimeSpan.TicksPerMillisecond); }
        }

        public void AdvanceMs(long ms)
        {
            if (ms < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ms), "time only moves forward");
            }

            NowMs += ms;
        }

        /// <summary>Sets the wall clock (as SNTP or the central system would); the monotonic counter is unaffected.</summary>
        public void SetUtc(DateTime utcNow)
        {
            _utcAtZero = utcNow.AddTicks(-NowMs * TimeSpan.TicksPerMillisecond);
        }
    }
}
