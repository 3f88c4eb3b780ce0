namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>An enumeration table's membership test (the <c>IsValid</c> of a <c>DataTypes/</c> status class).</summary>
    public delegate bool StatusValidator(string? value);
}
