namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Declares every Core-profile key (ocpp16.md §4.4) from one table, so that GetConfiguration lists them all
    /// (OCTT TC_019) from the first boot, numbered as in <see cref="ConfigKeys"/>. Optional boolean feature keys are
    /// declared only by the service that implements the feature (a present key means "supported", Spec §9).
    /// </summary>
    public static class CoreConfiguration
    {
        /// <summary>Longest MeterValuesSampledData (and the other measurand lists): 8 measurands.</summary>
        public const int MeasurandListMaxLength = 8;

        // One line per key in ConfigKeys order (ConfigurationStore.DeclareTable): name|type and flags|Int minimum|maximum
        // (Int) or length (String, CSL; empty = int.MaxValue)|default. Flags: 1 Int, 2 String, 3 CSL, +4 read-only,
        // +8 write-only, +32 measurands; a Bool default is t or f. N = the number of connectors, M = N + 1 (connector 0 too).
        private const string Table =
            nameof(ConfigKeys.AuthorizeRemoteTxRequests) + "|0|||f\n" +
            nameof(ConfigKeys.ClockAlignedDataInterval) + "|1|||0\n" +
            nameof(ConfigKeys.ConnectionTimeOut) + "|1|||30\n" +
            nameof(ConfigKeys.ConnectorPhaseRotation) + "|3||M|NotApplicable\n" +
            nameof(ConfigKeys.GetConfigurationMaxKeys) + "|5|1||50\n" +
            nameof(ConfigKeys.HeartbeatInterval) + "|1|||86400\n" +
            nameof(ConfigKeys.LocalAuthorizeOffline) + "|0|||t\n" +
            nameof(ConfigKeys.LocalPreAuthorize) + "|0|||f\n" +
            nameof(ConfigKeys.MeterValuesAlignedData) + "|35||8|Energy.Active.Import.Register\n" +
            nameof(ConfigKeys.MeterValuesAlignedDataMaxLength) + "|5|||8\n" +
            nameof(ConfigKeys.MeterValuesSampledData) + "|35||8|Energy.Active.Import.Register\n" +
            nameof(ConfigKeys.MeterValuesSampledDataMaxLength) + "|5|||8\n" +
            nameof(ConfigKeys.MeterValueSampleInterval) + "|1|||60\n" +
            nameof(ConfigKeys.NumberOfConnectors) + "|5|||N\n" +
            nameof(ConfigKeys.ResetRetries) + "|1|||2\n" +
            nameof(ConfigKeys.StopTransactionOnEVSideDisconnect) + "|0|||t\n" +
            nameof(ConfigKeys.StopTransactionOnInvalidId) + "|0|||t\n" +
            nameof(ConfigKeys.StopTxnAlignedData) + "|35||8|\n" +
            nameof(ConfigKeys.StopTxnAlignedDataMaxLength) + "|5|||8\n" +
            nameof(ConfigKeys.StopTxnSampledData) + "|35||8|\n" +
            nameof(ConfigKeys.StopTxnSampledDataMaxLength) + "|5|||8\n" +
            nameof(ConfigKeys.SupportedFeatureProfiles) + "|7||10|Core\n" +
            nameof(ConfigKeys.TransactionMessageAttempts) + "|1|1||3\n" +
            nameof(ConfigKeys.TransactionMessageRetryInterval) + "|1|||60\n" +
            nameof(ConfigKeys.UnlockConnectorOnEVSideDisconnect) + "|0|||t\n" +
            nameof(ConfigKeys.WebSocketPingInterval) + "|1|||0\n" +
            nameof(ConfigKeys.MessageTimeout) + "|1|1|3600|30\n" +
            nameof(ConfigKeys.AuthorizationKey) + "|10||40|";

        public static void Declare(ConfigurationStore store, int numberOfConnectors)
        {
            store.DeclareTable(Table, numberOfConnectors);
            store.SetValidator(ConfigKeys.ConnectorPhaseRotation, IsPhaseRotation);
            store.SetValidator(ConfigKeys.AuthorizationKey, IsAuthorizationKey);
        }

        /// <summary>Adds a feature profile to SupportedFeatureProfiles (called by the service that implements it).</summary>
        public static void AddFeatureProfile(ConfigurationStore store, string profile)
        {
            const int key = ConfigKeys.SupportedFeatureProfiles;
            if (!store.HasItem(key, profile))
            {
                store.SetLocal(store.Name(key), store.Value(key).Length == 0 ? profile : store.Value(key) + "," + profile);
            }
        }

        /// <summary>Items "NotApplicable", "Unknown" or "&lt;connector&gt;.&lt;rotation&gt;" with rotation RST, RTS, SRT, STR, TRS, TSR, NotApplicable or Unknown.</summary>
        public static bool IsPhaseRotation(string value)
        {
            var items = value.Split(new char[] { ',' });
            for (int i = 0; i < items.Length; i++)
            {
                string item = items[i].Trim();
                int dot = item.IndexOf('.');
                string rotation = item;
                if (dot >= 0)
                {
                    int connector;
                    if (!ConfigurationStore.TryParseInt(item.Substring(0, dot), out connector) || connector < 0)
                    {
                        return false;
                    }

                    rotation = item.Substring(dot + 1);
                }

                if (!Messages.Validate.IsOneOf(rotation, "NotApplicable Unknown RST RTS SRT STR TRS TSR"))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Security Whitepaper §7.2: 16 to 20 bytes written as 32 to 40 hex characters.</summary>
        public static bool IsAuthorizationKey(string value)
        {
            if (value.Length < 32 || value.Length > 40 || value.Length % 2 != 0)
            {
                return false;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
