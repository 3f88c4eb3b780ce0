namespace ChargePoint.Hal.Metering
{
    public enum MeterStatus
    {
        /// <summary>Start-up sequence running (also after a detected IC reset or checksum error).</summary>
        Initialising = 0,

        /// <summary>Configured and answering.</summary>
        Running = 1,

        /// <summary>Start-up failed repeatedly (PowerMeterFailure). Retries continue in the background.</summary>
        Failed = 2,
    }
}
