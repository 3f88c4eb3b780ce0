namespace ChargePoint.Ocpp.Model.Configuration
{
    /// <summary>Raised after a key got a new value (by ChangeConfiguration or by the device side).</summary>
    public delegate void ConfigChangedHandler(ConfigKey key);
}
