using System;

namespace ChargePoint.Hal
{
    /// <summary>Wall-clock time, always UTC. May jump when it is set (SNTP, BootNotification).</summary>
    public interface IUtcClock
    {
        DateTime UtcNow { get; }
    }
}
