namespace ChargePoint.Hal
{
    /// <summary>A digital input changed to the logical <paramref name="value"/> (raised from the platform's pin-change path).</summary>
    public delegate void DigitalInputChangedHandler(bool value);
}
