using System;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// An optional UTC instant: a field of this type is absent when it is null, present (and written) otherwise.
    /// No DateTime value can mean "no date": on the nanoCLR default(DateTime) and DateTime.MinValue are
    /// 1601-01-01T00:00:00Z (ticks 504911232000000000, not 0), a real instant, and new DateTime(0) throws.
    /// </summary>
    public sealed class UtcTimestamp
    {
        public UtcTimestamp(DateTime utc)
        {
            Value = utc;
        }

        /// <summary>The instant (UTC).</summary>
        public readonly DateTime Value;
    }
}
