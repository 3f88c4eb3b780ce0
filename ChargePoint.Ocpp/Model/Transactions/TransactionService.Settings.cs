using ChargePoint.Ocpp.Model.Authorization;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    // The settings half of TransactionService (a partial class: one type, not a binder object with its own copies of the references).
    public sealed partial class TransactionService
    {
        private readonly IMeter _mainMeter;
        private readonly int _cacheEnabled;
        private readonly int _offlineUnknown;

        /// <summary>
        /// Binds the configuration keys of transactions, authorization and metering to the services' settings, the moment
        /// a key changes (a ChangeConfiguration and a RemoteStartTransaction in the same loop pass see the new value).
        /// Declares the optional keys these features implement (AuthorizationCacheEnabled, AllowOfflineTxForUnknownId,
        /// StopTransactionMaxMeterValues) and restricts the measurand lists to what the meter provides.
        /// </summary>
        private void BindSettings(ConfigurationStore store, TransactionJournal journal)
        {
            if (_mainMeter != null)
            {
                store.SetValidator(ConfigKeys.MeterValuesSampledData, IsMeasured);
                store.SetValidator(ConfigKeys.MeterValuesAlignedData, IsMeasured);
                store.SetValidator(ConfigKeys.StopTxnSampledData, IsMeasured);
                store.SetValidator(ConfigKeys.StopTxnAlignedData, IsMeasured);
            }

            store.DeclareInt("StopTransactionMaxMeterValues", journal.Limits.MaxTransactionData, 0, int.MaxValue, true);
            store.Changed += Sync;
            Sync(0);
        }

        /// <summary>Copies the current key values into the settings (at start and on every change).</summary>
        private void Sync(int changedKey)
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
        }

        private bool IsMeasured(string value)
        {
            int[] codes;
            return Measurand.TryParseList(value, _mainMeter, CoreConfiguration.MeasurandListMaxLength, out codes);
        }

        private int[] List(int key, int[] current)
        {
            int[] codes;
            return Measurand.TryParseList(_config.Value(key), null, int.MaxValue, out codes) ? codes : current;
        }
    }
}
