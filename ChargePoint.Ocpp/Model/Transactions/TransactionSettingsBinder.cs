using ChargePoint.Ocpp.Model.Authorization;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Binds the configuration keys of transactions, authorization and metering to the services' settings.
    /// Declares the optional keys these features implement (AuthorizationCacheEnabled, AllowOfflineTxForUnknownId,
    /// StopTransactionMaxMeterValues) and restricts the measurand lists to what the meter provides.
    /// </summary>
    internal sealed class TransactionSettingsBinder
    {
        private readonly MeteringSettings _metering;
        private readonly AuthorizationSettings _auth;
        private readonly TransactionJournal _journal;
        private readonly ConfigKey _sampleInterval;
        private readonly ConfigKey _alignedInterval;
        private readonly ConfigKey _sampledData;
        private readonly ConfigKey _alignedData;
        private readonly ConfigKey _stopSampled;
        private readonly ConfigKey _stopAligned;
        private readonly ConfigKey _connectionTimeOut;
        private readonly ConfigKey _stopOnEvSide;
        private readonly ConfigKey _unlockOnEvSide;
        private readonly ConfigKey _stopOnInvalid;
        private readonly ConfigKey _attempts;
        private readonly ConfigKey _retryInterval;
        private readonly ConfigKey _cacheEnabled;
        private readonly ConfigKey _preAuthorize;
        private readonly ConfigKey _authorizeOffline;
        private readonly ConfigKey _offlineUnknown;
        private readonly ConfigKey _authorizeRemote;
        private readonly IMeter? _meter;
        private string? _sampledText;
        private string? _alignedText;
        private string? _stopSampledText;
        private string? _stopAlignedText;

        public TransactionSettingsBinder(ConfigurationStore store, MeteringSettings metering, AuthorizationSettings auth, TransactionJournal journal, IMeter? meter)
        {
            _metering = metering;
            _auth = auth;
            _journal = journal;
            _meter = meter;
            const int Max = int.MaxValue;
            string[] all = CoreConfiguration.Measurands;
            int maxItems = CoreConfiguration.MeasurandListMaxLength;
            _sampleInterval = store.DeclareInt(ConfigKeys.MeterValueSampleInterval, 60, 0, Max, false);
            _alignedInterval = store.DeclareInt(ConfigKeys.ClockAlignedDataInterval, 0, 0, Max, false);
            _sampledData = MeasurandKey(store, ConfigKeys.MeterValuesSampledData, "Energy.Active.Import.Register", all, maxItems);
            _alignedData = MeasurandKey(store, ConfigKeys.MeterValuesAlignedData, "Energy.Active.Import.Register", all, maxItems);
            _stopSampled = MeasurandKey(store, ConfigKeys.StopTxnSampledData, "", all, maxItems);
            _stopAligned = MeasurandKey(store, ConfigKeys.StopTxnAlignedData, "", all, maxItems);
            _connectionTimeOut = store.DeclareInt(ConfigKeys.ConnectionTimeOut, 30, 0, Max, false);
            _stopOnEvSide = store.DeclareBool(ConfigKeys.StopTransactionOnEVSideDisconnect, true, false);
            _unlockOnEvSide = store.DeclareBool(ConfigKeys.UnlockConnectorOnEVSideDisconnect, true, false);
            _stopOnInvalid = store.DeclareBool(ConfigKeys.StopTransactionOnInvalidId, true, false);
            _attempts = store.DeclareInt(ConfigKeys.TransactionMessageAttempts, 3, 1, Max, false);
            _retryInterval = store.DeclareInt(ConfigKeys.TransactionMessageRetryInterval, 60, 0, Max, false);
            _cacheEnabled = store.DeclareBool(ConfigKeys.AuthorizationCacheEnabled, true, false);
            _preAuthorize = store.DeclareBool(ConfigKeys.LocalPreAuthorize, false, false);
            _authorizeOffline = store.DeclareBool(ConfigKeys.LocalAuthorizeOffline, true, false);
            _offlineUnknown = store.DeclareBool(ConfigKeys.AllowOfflineTxForUnknownId, false, false);
            _authorizeRemote = store.DeclareBool(ConfigKeys.AuthorizeRemoteTxRequests, false, false);
            store.DeclareInt(ConfigKeys.StopTransactionMaxMeterValues, journal.Limits.MaxTransactionData, 0, Max, true);
        }

        public int ConnectionTimeOutSeconds { get; private set; }

        public bool StopOnEvSideDisconnect { get; private set; }

        public bool UnlockOnEvSideDisconnect { get; private set; }

        public bool StopOnInvalidId { get; private set; }

        /// <summary>Copies the current key values (cheap; lists are parsed only when their text changed).</summary>
        public void Sync()
        {
            _metering.SampleIntervalSeconds = _sampleInterval.IntValue;
            _metering.AlignedIntervalSeconds = _alignedInterval.IntValue;
            _metering.SampledData = List(_sampledData, ref _sampledText, _metering.SampledData);
            _metering.AlignedData = List(_alignedData, ref _alignedText, _metering.AlignedData);
            _metering.StopTxnSampledData = List(_stopSampled, ref _stopSampledText, _metering.StopTxnSampledData);
            _metering.StopTxnAlignedData = List(_stopAligned, ref _stopAlignedText, _metering.StopTxnAlignedData);
            ConnectionTimeOutSeconds = _connectionTimeOut.IntValue;
            StopOnEvSideDisconnect = _stopOnEvSide.BoolValue;
            UnlockOnEvSideDisconnect = _unlockOnEvSide.BoolValue;
            StopOnInvalidId = _stopOnInvalid.BoolValue;
            _journal.TransactionMessageAttempts = _attempts.IntValue;
            _journal.TransactionMessageRetryIntervalSeconds = _retryInterval.IntValue;
            _auth.AuthorizationCacheEnabled = _cacheEnabled.BoolValue;
            _auth.LocalPreAuthorize = _preAuthorize.BoolValue;
            _auth.LocalAuthorizeOffline = _authorizeOffline.BoolValue;
            _auth.AllowOfflineTxForUnknownId = _offlineUnknown.BoolValue;
            _auth.AuthorizeRemoteTxRequests = _authorizeRemote.BoolValue;
        }

        private ConfigKey MeasurandKey(ConfigurationStore store, string name, string defaultValue, string[] all, int maxItems)
        {
            ConfigKey key = store.DeclareCsl(name, defaultValue, all, maxItems, false);
            if (_meter != null)
            {
                IMeter meter = _meter;
                key.Validator = value =>
                {
                    int[] codes;
                    return MeasurandList.TryParse(value, meter, maxItems, out codes);
                };
                store.ApplyStored(key);
            }

            return key;
        }

        private int[] List(ConfigKey key, ref string? lastText, int[] current)
        {
            if (key.Value == lastText)
            {
                return current;
            }

            lastText = key.Value;
            int[] codes;
            return MeasurandList.TryParse(key.Value, null, int.MaxValue, out codes) ? codes : current;
        }
    }
}
