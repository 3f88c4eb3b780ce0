namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// What a <see cref="SimulatedBoard"/> ticks: a driver's or the firmware's Tick (no threads, no sleeps: all timing
    /// uses nowMs). A delegate here rather than an interface in the HAL: only the simulation calls Tick through it.
    /// </summary>
    public delegate void TickHandler(long nowMs);
}
