namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Numbers of the Core-profile keys (Spec §9.1 with errata, Security Whitepaper §7): <see cref="CoreConfiguration"/>
    /// declares them first, in this order, so a key's number is fixed. Each constant is named exactly after its key.
    /// </summary>
    public static class ConfigKeys
    {
        public const int AuthorizeRemoteTxRequests = 0;
        public const int ClockAlignedDataInterval = 1;
        public const int ConnectionTimeOut = 2;
        public const int ConnectorPhaseRotation = 3;
        public const int GetConfigurationMaxKeys = 4;
        public const int HeartbeatInterval = 5;
        public const int LocalAuthorizeOffline = 6;
        public const int LocalPreAuthorize = 7;
        public const int MeterValuesAlignedData = 8;
        public const int MeterValuesAlignedDataMaxLength = 9;
        public const int MeterValuesSampledData = 10;
        public const int MeterValuesSampledDataMaxLength = 11;
        public const int MeterValueSampleInterval = 12;
        public const int NumberOfConnectors = 13;
        public const int ResetRetries = 14;
        public const int StopTransactionOnEVSideDisconnect = 15;
        public const int StopTransactionOnInvalidId = 16;
        public const int StopTxnAlignedData = 17;
        public const int StopTxnAlignedDataMaxLength = 18;
        public const int StopTxnSampledData = 19;
        public const int StopTxnSampledDataMaxLength = 20;
        public const int SupportedFeatureProfiles = 21;
        public const int TransactionMessageAttempts = 22;
        public const int TransactionMessageRetryInterval = 23;
        public const int UnlockConnectorOnEVSideDisconnect = 24;
        public const int WebSocketPingInterval = 25;
        public const int MessageTimeout = 26;
        public const int AuthorizationKey = 27;
    }
}
