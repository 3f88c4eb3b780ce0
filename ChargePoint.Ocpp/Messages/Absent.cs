using System;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Markers for optional value-type fields (nanoFramework has no Nullable&lt;T&gt;). An optional field that holds
    /// its marker is omitted from the JSON, never written as null. Optional strings and objects use null.
    /// </summary>
    public static class Absent
    {
        public const int Int = int.MinValue;

        public const long Long = long.MinValue;

        /// <summary>An absent DateTime is default(DateTime) (ticks 0).</summary>
        public static bool IsDate(DateTime value) => value.Ticks == 0;

        public static bool IsDouble(double value) => double.IsNaN(value);
    }
}
