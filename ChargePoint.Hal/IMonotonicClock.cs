namespace ChargePoint.Hal
{
    /// <summary>Milliseconds since boot; never jumps backwards (unlike UTC, which the central system may set).</summary>
    public interface IMonotonicClock
    {
        long NowMs { get; }
    }
}
