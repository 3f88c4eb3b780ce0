namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>BootNotification.req as a general-purpose serializer sees it: properties named as the JSON (camelCase).</summary>
    public sealed class PeerBootNotification
    {
        public string? chargePointVendor { get; set; }

        public string? chargePointModel { get; set; }

        public string? chargePointSerialNumber { get; set; }

        public string? chargeBoxSerialNumber { get; set; }

        public string? firmwareVersion { get; set; }

        public string? iccid { get; set; }

        public string? imsi { get; set; }

        public string? meterType { get; set; }

        public string? meterSerialNumber { get; set; }
    }
}
