namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>Current values of the metering configuration keys (owned and validated by the metering service).</summary>
    public sealed class MeteringSettings
    {
        /// <summary>MeterValueSampleInterval in seconds (0 = off).</summary>
        public int SampleIntervalSeconds = 60;

        /// <summary>ClockAlignedDataInterval in seconds (0 = off), aligned to midnight UTC.</summary>
        public int AlignedIntervalSeconds;

        public int[] SampledData = new[] { Measurand.EnergyActiveImportRegister };

        public int[] AlignedData = new[] { Measurand.EnergyActiveImportRegister };

        public int[] StopTxnSampledData = new int[0];

        public int[] StopTxnAlignedData = new int[0];
    }
}
