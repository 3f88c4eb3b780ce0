namespace ChargePoint.Ocpp.Json
{
    /// <summary>Kind of the next JSON value, as seen by <see cref="JsonReader.PeekKind"/>.</summary>
    public enum JsonValueKind
    {
        None = 0,
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }
}
