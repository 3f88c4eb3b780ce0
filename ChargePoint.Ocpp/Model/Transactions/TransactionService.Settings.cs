
namespace ChargePoint.Ocpp.Model.Transactions
{
    // The settings half of TransactionService (a partial class: one type, not a binder object with its own copies of the references).
    public sealed partial class TransactionService
    {
        /// <summary>Copies the current metering and journal key values into their settings (at start and on every change).</summary>
        private void Sync(long changedKey)
        {
            ConfigurationStore s = _config;
            MeteringService m = Metering;
            m.SampleIntervalSeconds = s.Int(ConfigKeys.MeterValueSampleInterval);
            m.AlignedIntervalSeconds = s.Int(ConfigKeys.ClockAlignedDataInterval);
            m.SampledData = List(ConfigKeys.MeterValuesSampledData, m.SampledData);
            m.AlignedData = List(ConfigKeys.MeterValuesAlignedData, m.AlignedData);
            m.StopTxnSampledData = List(ConfigKeys.StopTxnSampledData, m.StopTxnSampledData);
            m.StopTxnAlignedData = List(ConfigKeys.StopTxnAlignedData, m.StopTxnAlignedData);
            Journal.TransactionMessageAttempts = s.Int(ConfigKeys.TransactionMessageAttempts);
            Journal.TransactionMessageRetryIntervalSeconds = s.Int(ConfigKeys.TransactionMessageRetryInterval);
        }

        private bool IsMeasured(string value)
        {
            int[] codes;
            return Measurand.TryParseList(value, Metering.Meter(1), CoreConfiguration.MeasurandListMaxLength, out codes);
        }

        private int[] List(int key, int[] current)
        {
            int[] codes;
            return Measurand.TryParseList(_config.Value(key), null, int.MaxValue, out codes) ? codes : current;
        }
    }
}
