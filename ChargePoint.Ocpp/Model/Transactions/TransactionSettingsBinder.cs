using ChargePoint.Ocpp.Model.Authorization;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Binds the configuration keys of transactions, authorization and metering to the services' settings, the moment
    /// a key changes (a ChangeConfiguration and a RemoteStartTransaction in the same loop pass see the new value).
    /// Declares the optional keys these features implement (AuthorizationCacheEnabled, AllowOfflineTxForUnknownId,
    /// StopTransactionMaxMeterValues) and restricts the measurand lists to what the meter provides.
    /// </summary>
    internal sealed class TransactionSettingsBinder
    {
        private readonly ConfigurationStore _store;
        private readonly MeteringSettings _metering;
        private readonly AuthorizationSettings _auth;
        private readonly TransactionJournal _journal;
        private readonly IMeter? _meter;
        private readonly int _cacheEnabled;
        private readonly int _offlineUnknown;

        public TransactionSettingsBinder(ConfigurationStore store, MeteringSettings metering, AuthorizationSettings auth, TransactionJournal journal, IMeter? meter)
        {
            _store = store;
            _metering = metering;
            _auth = auth;
            _journal = journal;
            _meter = meter;
            if (meter != null)
            {
                store.SetValidator(ConfigKeys.MeterValuesSampledData, IsMeasured);
                store.SetValidator(ConfigKeys.MeterValuesAlignedData, IsMeasured);
                store.SetValidator(ConfigKeys.StopTxnSampledData, IsMeasured);
                store.SetValidator(ConfigKeys.StopTxnAlignedData, IsMeasured);
            }

            _cacheEnabled = store.DeclareBool("AuthorizationCacheEnabled", true, false);
            _offlineUnknown = store.DeclareBool("AllowOfflineTxForUnknownId", false, false);
            store.DeclareInt("StopTransactionMaxMeterValues", journal.Limits.MaxTransactionData, 0, int.MaxValue, true);
            store.Changed += key => Sync();
        }

        public int ConnectionTimeOutSeconds => _store.Int(ConfigKeys.ConnectionTimeOut);

        public bool StopOnEvSideDisconnect => _store.Bool(ConfigKeys.StopTransactionOnEVSideDisconnect);

        public bool UnlockOnEvSideDisconnect => _store.Bool(ConfigKeys.UnlockConnectorOnEVSideDisconnect);

        public bool StopOnInvalidId => _store.Bool(ConfigKeys.StopTransactionOnInvalidId);

        /// <summary>Copies the current key values into the settings (at start and on every change).</summary>
        public void Sync()
        {
            ConfigurationStore s = _store;
            _metering.SampleIntervalSeconds = s.Int(ConfigKeys.MeterValueSampleInterval);
            _metering.AlignedIntervalSeconds = s.Int(ConfigKeys.ClockAlignedDataInterval);
            _metering.SampledData = List(ConfigKeys.MeterValuesSampledData, _metering.SampledData);
            _metering.AlignedData = List(ConfigKeys.MeterValuesAlignedData, _metering.AlignedData);
            _metering.StopTxnSampledData = List(ConfigKeys.StopTxnSampledData, _metering.StopTxnSampledData);
            _metering.StopTxnAlignedData = List(ConfigKeys.StopTxnAlignedData, _metering.StopTxnAlignedData);
            _journal.TransactionMessageAttempts = s.Int(ConfigKeys.TransactionMessageAttempts);
            _journal.TransactionMessageRetryIntervalSeconds = s.Int(ConfigKeys.TransactionMessageRetryInterval);
            _auth.AuthorizationCacheEnabled = s.Bool(_cacheEnabled);
            _auth.LocalPreAuthorize = s.Bool(ConfigKeys.LocalPreAuthorize);
            _auth.LocalAuthorizeOffline = s.Bool(ConfigKeys.LocalAuthorizeOffline);
            _auth.AllowOfflineTxForUnknownId = s.Bool(_offlineUnknown);
            _auth.AuthorizeRemoteTxRequests = s.Bool(ConfigKeys.AuthorizeRemoteTxRequests);
        }

        private bool IsMeasured(string value)
        {
            int[] codes;
            return MeasurandList.TryParse(value, _meter, CoreConfiguration.MeasurandListMaxLength, out codes);
        }

        private int[] List(int key, int[] current)
        {
            int[] codes;
            return MeasurandList.TryParse(_store.Value(key), null, int.MaxValue, out codes) ? codes : current;
        }
    }
}
