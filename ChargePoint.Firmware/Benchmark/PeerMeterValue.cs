using System;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>One meterValue of <see cref="PeerMeterValues"/>.</summary>
    public sealed class PeerMeterValue
    {
        public DateTime timestamp { get; set; }

        public PeerSampledValue[]? sampledValue { get; set; }
    }
}
