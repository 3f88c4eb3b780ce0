
namespace ChargePoint.Ocpp.Model.Transactions
{
    // The settings half of TransactionService (a partial class: one type, not a binder object with its own copies of the references).
    public sealed partial class TransactionService
    {
        /// <summary>Copies the current metering and journal key values into their settings (at start and on every change).</summary>
        private void Sync(long changedKey)
        {
            ConfigurationStore s = _config;
            SampledData = List(ConfigKeys.MeterValuesSampledData, SampledData);
            AlignedData = List(ConfigKeys.MeterValuesAlignedData, AlignedData);
            StopTxnSampledData = List(ConfigKeys.StopTxnSampledData, StopTxnSampledData);
            StopTxnAlignedData = List(ConfigKeys.StopTxnAlignedData, StopTxnAlignedData);
            Journal.TransactionMessageAttempts = s.Int(ConfigKeys.TransactionMessageAttempts);
            Journal.TransactionMessageRetryIntervalSeconds = s.Int(ConfigKeys.TransactionMessageRetryInterval);
        }

        private bool IsMeasured(string value)
        {
            int[] codes;
            return Measurand.TryParseList(value, Meter(1), CoreConfiguration.MeasurandListMaxLength, out codes);
        }

        private int[] List(int key, int[] current)
        {
            int[] codes;
            return Measurand.TryParseList(_config.Value(key), null, int.MaxValue, out codes) ? codes : current;
        }
    }
}
