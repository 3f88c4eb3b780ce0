namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// The payloads of the codec comparison (the frames of eng/Benchmarks/Corpus.cs without the OCPP-J envelope): a
    /// full BootNotification.req and a MeterValues.req with 10 sampled values, in our codec's canonical text.
    /// </summary>
    public static class CodecPayloads
    {
        public const string BootNotification =
            "{\"chargePointVendor\":\"OpenEVSE\",\"chargePointModel\":\"CP-ESP32-22\","
            + "\"chargePointSerialNumber\":\"CP22-000417\",\"chargeBoxSerialNumber\":\"CB-000417\",\"firmwareVersion\":\"0.4.1\","
            + "\"iccid\":\"8931440400012345678\",\"imsi\":\"204043212345678\",\"meterType\":\"ATM90E32\",\"meterSerialNumber\":\"M-90E32-0042\"}";

        public const string MeterValues =
            "{\"connectorId\":1,\"transactionId\":1042,\"meterValue\":[{\"timestamp\":\"2026-11-24T10:15:00.001Z\",\"sampledValue\":["
            + "{\"value\":\"12345.6\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"},"
            + "{\"value\":\"7360\",\"context\":\"Sample.Periodic\",\"measurand\":\"Power.Active.Import\",\"location\":\"Outlet\",\"unit\":\"W\"},"
            + "{\"value\":\"31.9\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\",\"phase\":\"L1\",\"location\":\"Outlet\",\"unit\":\"A\"},"
            + "{\"value\":\"32.1\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\",\"phase\":\"L2\",\"location\":\"Outlet\",\"unit\":\"A\"},"
            + "{\"value\":\"31.7\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\",\"phase\":\"L3\",\"location\":\"Outlet\",\"unit\":\"A\"},"
            + "{\"value\":\"229.8\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L1-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"
            + "{\"value\":\"230.4\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L2-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"
            + "{\"value\":\"231.0\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L3-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"
            + "{\"value\":\"50.01\",\"context\":\"Sample.Periodic\",\"measurand\":\"Frequency\",\"location\":\"Outlet\"},"
            + "{\"value\":\"41.5\",\"context\":\"Sample.Periodic\",\"measurand\":\"Temperature\",\"location\":\"Body\",\"unit\":\"Celcius\"}"
            + "]}]}";
    }
}
