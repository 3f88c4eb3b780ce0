namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>One sampledValue of <see cref="PeerMeterValue"/>; enum fields as strings (nano serializes enums as numbers).</summary>
    public sealed class PeerSampledValue
    {
        public string? value { get; set; }

        public string? context { get; set; }

        public string? format { get; set; }

        public string? measurand { get; set; }

        public string? phase { get; set; }

        public string? location { get; set; }

        public string? unit { get; set; }
    }
}
