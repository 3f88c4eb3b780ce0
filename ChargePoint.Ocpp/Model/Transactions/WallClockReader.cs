namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Reads the wall clock: UTC milliseconds since 1970 at monotonic nowMs, or 0 while the clock was never set.</summary>
    public delegate long WallClockReader(long nowMs);
}
