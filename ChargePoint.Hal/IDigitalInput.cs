namespace ChargePoint.Hal
{
    /// <summary>A digital input (relay feedback, RCD trip). <see cref="Value"/> is the logical level: adapters apply active-low inversion.</summary>
    public interface IDigitalInput
    {
        bool Value { get; }
    }
}
