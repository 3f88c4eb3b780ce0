namespace ChargePoint.Ocpp
{
    /// <summary>Extra validation of a new value (after the type and range checks); false means Rejected.</summary>
    public delegate bool ConfigValidator(string value);
}
