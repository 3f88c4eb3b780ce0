namespace ChargePoint.Hal
{
    /// <summary>A push-pull digital output (relay drive, LED).</summary>
    public interface IDigitalOutput
    {
        bool Value { get; set; }
    }
}
