namespace ChargePoint.Ocpp.Model.Configuration
{
    /// <summary>Raised with a key's number after it got a new value (by ChangeConfiguration or by the device side).</summary>
    public delegate void ConfigChangedHandler(int key);
}
