namespace ChargePoint.Hal.Simulation
{
    /// <summary>An input pin whose logical level the test or the simulated hardware sets.</summary>
    public sealed class SimulatedDigitalInput : IDigitalInput
    {
        public bool Value { get; set; }
    }
}
