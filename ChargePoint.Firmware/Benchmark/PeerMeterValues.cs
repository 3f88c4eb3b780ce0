namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>MeterValues.req for the peer serializer (typed arrays: nanoFramework.Json has no generic lists).</summary>
    public sealed class PeerMeterValues
    {
        public int connectorId { get; set; }

        public int transactionId { get; set; }

        public PeerMeterValue[]? meterValue { get; set; }
    }
}
