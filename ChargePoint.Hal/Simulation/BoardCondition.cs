namespace ChargePoint.Hal.Simulation
{
    /// <summary>A condition polled by <see cref="SimulatedBoard.AdvanceUntil"/>.</summary>
    public delegate bool BoardCondition();
}
