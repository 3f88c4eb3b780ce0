namespace ChargePoint.Ocpp.Model.Configuration
{
    /// <summary>Names of the configuration keys (Spec §9.1 Core, §9.2-9.4, errata, Security Whitepaper §7).</summary>
    public static class ConfigKeys
    {
        // Core profile (Spec §9.1 with errata)
        public const string AllowOfflineTxForUnknownId = "AllowOfflineTxForUnknownId";
        public const string AuthorizationCacheEnabled = "AuthorizationCacheEnabled";
        public const string AuthorizeRemoteTxRequests = "AuthorizeRemoteTxRequests";
        public const string ClockAlignedDataInterval = "ClockAlignedDataInterval";
        public const string ConnectionTimeOut = "ConnectionTimeOut";
        public const string ConnectorPhaseRotation = "ConnectorPhaseRotation";
        public const string ConnectorPhaseRotationMaxLength = "ConnectorPhaseRotationMaxLength";
        public const string GetConfigurationMaxKeys = "GetConfigurationMaxKeys";
        public const string HeartbeatInterval = "HeartbeatInterval";
        public const string LocalAuthorizeOffline = "LocalAuthorizeOffline";
        public const string LocalPreAuthorize = "LocalPreAuthorize";
        public const string MaxEnergyOnInvalidId = "MaxEnergyOnInvalidId";
        public const string MessageTimeout = "MessageTimeout";
        public const string MeterValuesAlignedData = "MeterValuesAlignedData";
        public const string MeterValuesAlignedDataMaxLength = "MeterValuesAlignedDataMaxLength";
        public const string MeterValuesSampledData = "MeterValuesSampledData";
        public const string MeterValuesSampledDataMaxLength = "MeterValuesSampledDataMaxLength";
        public const string MeterValueSampleInterval = "MeterValueSampleInterval";
        public const string MinimumStatusDuration = "MinimumStatusDuration";
        public const string NumberOfConnectors = "NumberOfConnectors";
        public const string ResetRetries = "ResetRetries";
        public const string StopTransactionOnEVSideDisconnect = "StopTransactionOnEVSideDisconnect";
        public const string StopTransactionOnInvalidId = "StopTransactionOnInvalidId";
        public const string StopTransactionMaxMeterValues = "StopTransactionMaxMeterValues";
        public const string StopTxnAlignedData = "StopTxnAlignedData";
        public const string StopTxnAlignedDataMaxLength = "StopTxnAlignedDataMaxLength";
        public const string StopTxnSampledData = "StopTxnSampledData";
        public const string StopTxnSampledDataMaxLength = "StopTxnSampledDataMaxLength";
        public const string SupportedFeatureProfiles = "SupportedFeatureProfiles";
        public const string TransactionMessageAttempts = "TransactionMessageAttempts";
        public const string TransactionMessageRetryInterval = "TransactionMessageRetryInterval";
        public const string UnlockConnectorOnEVSideDisconnect = "UnlockConnectorOnEVSideDisconnect";
        public const string WebSocketPingInterval = "WebSocketPingInterval";

        // Security Whitepaper
        public const string AuthorizationKey = "AuthorizationKey";
    }
}
