namespace ChargePoint.Ocpp.Model.Clock
{
    /// <summary>The clock was set again: deltaMs is new minus old reading (positive = moved forward).</summary>
    public delegate void ClockAdjustedHandler(long deltaMs, long nowMs);
}
