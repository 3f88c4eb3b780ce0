using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Configuration
{
    /// <summary>
    /// Declares every Core-profile key (ocpp16.md §4.4) with its type, access, range and default, so that
    /// GetConfiguration lists them all (OCTT TC_019) from the first boot. Services that use a key declare it again
    /// (idempotent) or <see cref="ConfigurationStore.Find"/> it. Optional boolean feature keys are declared only by the
    /// service that implements the feature (a present key means "supported", Spec §9).
    /// </summary>
    public static class CoreConfiguration
    {
        /// <summary>Measurands the engine accepts in the *Data lists.</summary>
        public static readonly string[] Measurands =
        {
            Measurand.EnergyActiveExportRegister, Measurand.EnergyActiveImportRegister, Measurand.EnergyReactiveExportRegister,
            Measurand.EnergyReactiveImportRegister, Measurand.EnergyActiveExportInterval, Measurand.EnergyActiveImportInterval,
            Measurand.EnergyReactiveExportInterval, Measurand.EnergyReactiveImportInterval, Measurand.PowerActiveExport,
            Measurand.PowerActiveImport, Measurand.PowerOffered, Measurand.PowerReactiveExport, Measurand.PowerReactiveImport,
            Measurand.PowerFactor, Measurand.CurrentImport, Measurand.CurrentExport, Measurand.CurrentOffered, Measurand.Voltage,
            Measurand.Frequency, Measurand.Temperature, Measurand.SoC, Measurand.RPM,
        };

        public const int MeasurandListMaxLength = 8;

        public static void Declare(ConfigurationStore store, int numberOfConnectors)
        {
            const int Max = int.MaxValue;
            store.DeclareBool(ConfigKeys.AuthorizeRemoteTxRequests, false, false);
            store.DeclareInt(ConfigKeys.ClockAlignedDataInterval, 0, 0, Max, false);
            store.DeclareInt(ConfigKeys.ConnectionTimeOut, 30, 0, Max, false);
            var rotation = store.DeclareCsl(ConfigKeys.ConnectorPhaseRotation, "NotApplicable", null, numberOfConnectors + 1, false);
            rotation.Validator = IsPhaseRotation;
            store.ApplyStored(rotation);
            store.DeclareInt(ConfigKeys.GetConfigurationMaxKeys, 50, 1, Max, true);
            store.DeclareInt(ConfigKeys.HeartbeatInterval, 86400, 0, Max, false);
            store.DeclareBool(ConfigKeys.LocalAuthorizeOffline, true, false);
            store.DeclareBool(ConfigKeys.LocalPreAuthorize, false, false);
            store.DeclareCsl(ConfigKeys.MeterValuesAlignedData, Measurand.EnergyActiveImportRegister, Measurands, MeasurandListMaxLength, false);
            store.DeclareInt(ConfigKeys.MeterValuesAlignedDataMaxLength, MeasurandListMaxLength, 0, Max, true);
            store.DeclareCsl(ConfigKeys.MeterValuesSampledData, Measurand.EnergyActiveImportRegister, Measurands, MeasurandListMaxLength, false);
            store.DeclareInt(ConfigKeys.MeterValuesSampledDataMaxLength, MeasurandListMaxLength, 0, Max, true);
            store.DeclareInt(ConfigKeys.MeterValueSampleInterval, 60, 0, Max, false);
            store.DeclareInt(ConfigKeys.NumberOfConnectors, numberOfConnectors, 0, Max, true);
            store.DeclareInt(ConfigKeys.ResetRetries, 2, 0, Max, false);
            store.DeclareBool(ConfigKeys.StopTransactionOnEVSideDisconnect, true, false);
            store.DeclareBool(ConfigKeys.StopTransactionOnInvalidId, true, false);
            store.DeclareCsl(ConfigKeys.StopTxnAlignedData, string.Empty, Measurands, MeasurandListMaxLength, false);
            store.DeclareInt(ConfigKeys.StopTxnAlignedDataMaxLength, MeasurandListMaxLength, 0, Max, true);
            store.DeclareCsl(ConfigKeys.StopTxnSampledData, string.Empty, Measurands, MeasurandListMaxLength, false);
            store.DeclareInt(ConfigKeys.StopTxnSampledDataMaxLength, MeasurandListMaxLength, 0, Max, true);
            store.DeclareCsl(ConfigKeys.SupportedFeatureProfiles, "Core", null, 10, true);
            store.DeclareInt(ConfigKeys.TransactionMessageAttempts, 3, 1, Max, false);
            store.DeclareInt(ConfigKeys.TransactionMessageRetryInterval, 60, 0, Max, false);
            store.DeclareBool(ConfigKeys.UnlockConnectorOnEVSideDisconnect, true, false);
            store.DeclareInt(ConfigKeys.WebSocketPingInterval, 0, 0, Max, false);
            store.DeclareInt(ConfigKeys.MessageTimeout, 30, 1, 3600, false);
            var authKey = store.DeclareString(ConfigKeys.AuthorizationKey, string.Empty, 40, false);
            authKey.WriteOnly = true;
            authKey.Validator = IsAuthorizationKey;
            store.ApplyStored(authKey);
        }

        /// <summary>Adds a feature profile to SupportedFeatureProfiles (called by the service that implements it).</summary>
        public static void AddFeatureProfile(ConfigurationStore store, string profile)
        {
            var key = store.Find(ConfigKeys.SupportedFeatureProfiles);
            if (key == null)
            {
                return;
            }

            var items = key.Items();
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] == profile)
                {
                    return;
                }
            }

            store.SetLocal(key.Name, key.Value.Length == 0 ? profile : key.Value + "," + profile);
        }

        /// <summary>Items "NotApplicable", "Unknown" or "&lt;connector&gt;.&lt;rotation&gt;" with rotation RST, RTS, SRT, STR, TRS, TSR, NotApplicable or Unknown.</summary>
        public static bool IsPhaseRotation(string value)
        {
            var items = value.Split(',');
            for (int i = 0; i < items.Length; i++)
            {
                string item = items[i].Trim();
                int dot = item.IndexOf('.');
                string rotation = item;
                if (dot >= 0)
                {
                    int connector;
                    if (!ConfigKey.TryParseInt(item.Substring(0, dot), out connector) || connector < 0)
                    {
                        return false;
                    }

                    rotation = item.Substring(dot + 1);
                }

                switch (rotation)
                {
                    case "NotApplicable":
                    case "Unknown":
                    case "RST":
                    case "RTS":
                    case "SRT":
                    case "STR":
                    case "TRS":
                    case "TSR":
                        break;
                    default:
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
