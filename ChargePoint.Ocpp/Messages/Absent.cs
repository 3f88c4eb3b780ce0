namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Markers for optional value-type fields (nanoFramework has no Nullable&lt;T&gt;). An optional field that holds
    /// its marker is omitted from the JSON, never written as null. Optional strings, objects and timestamps (<see cref="UtcTimestamp"/>) use null.
    /// </summary>
    public static class Absent
    {
        public const int Int = int.MinValue;

        public const long Long = long.MinValue;
    }
}
