
namespace ChargePoint.Ocpp.Model.Transactions
{
    // The settings half of TransactionService (a partial class: one type, not a binder object with its own copies of the references).
    public sealed partial class TransactionService
    {
        private readonly int _cacheEnabled;
        private readonly int _offlineUnknown;

        /// <summary>Copies the current key values into the settings (at start and on every change).</summary>
        private void Sync(long changedKey)
        {
            ConfigurationStore s = _config;
            MeteringService m = Metering;
            AuthorizationService a = Authorization;
            m.SampleIntervalSeconds = s.Int(ConfigKeys.MeterValueSampleInterval);
            m.AlignedIntervalSeconds = s.Int(ConfigKeys.ClockAlignedDataInterval);
            m.SampledData = List(ConfigKeys.MeterValuesSampledData, m.SampledData);
            m.AlignedData = List(ConfigKeys.MeterValuesAlignedData, m.AlignedData);
            m.StopTxnSampledData = List(ConfigKeys.StopTxnSampledData, m.StopTxnSampledData);
            m.StopTxnAlignedData = List(ConfigKeys.StopTxnAlignedData, m.StopTxnAlignedData);
            Journal.TransactionMessageAttempts = s.Int(ConfigKeys.TransactionMessageAttempts);
            Journal.TransactionMessageRetryIntervalSeconds = s.Int(ConfigKeys.TransactionMessageRetryInterval);
            a.AuthorizationCacheEnabled = s.Bool(_cacheEnabled);
            a.LocalPreAuthorize = s.Bool(ConfigKeys.LocalPreAuthorize);
            a.LocalAuthorizeOffline = s.Bool(ConfigKeys.LocalAuthorizeOffline);
            a.AllowOfflineTxForUnknownId = s.Bool(_offlineUnknown);
            a.AuthorizeRemoteTxRequests = s.Bool(ConfigKeys.AuthorizeRemoteTxRequests);
            if (a.LocalAuthListKey > 0)
            {
                a.LocalAuthListEnabled = s.Bool(a.LocalAuthListKey);
            }
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
