using System;

namespace ChargePoint.Hal
{
    /// <summary>
    /// The board's two clocks, one interface (one type in the .pe; every platform has both): <see cref="NowMs"/>,
    /// milliseconds since boot, never jumps backwards; <see cref="UtcNow"/>, wall-clock time, always UTC, may jump when
    /// it is set (SNTP, BootNotification).
    /// </summary>
    public interface IClock
    {
        long NowMs { get; }

        DateTime UtcNow { get; }
    }
}
