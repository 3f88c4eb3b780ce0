namespace ChargePoint.Hal
{
    /// <summary>A push-pull digital output (relay drive, LED). Write-only: the drivers keep what they commanded.</summary>
    public interface IDigitalOutput
    {
        bool Value { set; }
    }
}
