namespace ChargePoint.Benchmarks
{
    /// <summary>
    /// The fixed benchmark corpus: complete OCPP-J frames, written in the exact text every codec must produce
    /// (checked at start-up). Timestamps carry milliseconds that do not end in 0 so that the peers' default
    /// DateTime formats and our canonical form give identical text.
    /// </summary>
    public static class Corpus
    {
        public sealed class Frame
        {
            public Frame(string name, string action, bool isCall, string text)
            {
                Name = name;
                Action = action;
                IsCall = isCall;
                Text = text;
            }

            /// <summary>Short name used as the benchmark parameter.</summary>
            public string Name { get; }

            public string Action { get; }

            /// <summary>True for a CALL [2,...]; false for a CALLRESULT [3,...] whose action is known from the pending request.</summary>
            public bool IsCall { get; }

            public string Text { get; }

            public override string ToString() => Name;
        }

        public const string BootNotificationReq =
            "[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"OpenEVSE\",\"chargePointModel\":\"CP-ESP32-22\","
            + "\"chargePointSerialNumber\":\"CP22-000417\",\"chargeBoxSerialNumber\":\"CB-000417\",\"firmwareVersion\":\"0.4.1\","
            + "\"iccid\":\"8931440400012345678\",\"imsi\":\"204043212345678\",\"meterType\":\"ATM90E32\",\"meterSerialNumber\":\"M-90E32-0042\"}]";

        public const string StatusNotificationReq =
            "[2,\"19223202\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"info\":\"EV side disconnected\","
            + "\"status\":\"SuspendedEV\",\"timestamp\":\"2026-11-24T10:00:00.123Z\"}]";

        public const string MeterValuesReq =
            "[2,\"19223203\",\"MeterValues\",{\"connectorId\":1,\"transactionId\":1042,\"meterValue\":[{\"timestamp\":\"2026-11-24T10:15:00.001Z\",\"sampledValue\":["
            + "{\"value\":\"12345.6\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"},"
            + "{\"value\":\"7360\",\"context\":\"Sample.Periodic\",\"measurand\":\"Power.Active.Import\",\"location\":\"Outlet\",\"unit\":\"W\"},"
            + "{\"value\":\"31.9\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\",\"phase\":\"L1\",\"location\":\"Outlet\",\"unit\":\"A\"},"
            + "{\"value\":\"32.1\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\",\"phase\":\"L2\",\"location\":\"Outlet\",\"unit\":\"A\"},"
            + "{\"value\":\"31.7\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\",\"phase\":\"L3\",\"location\":\"Outlet\",\"unit\":\"A\"},"
            + "{\"value\":\"229.8\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L1-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"
            + "{\"value\":\"230.4\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L2-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"
            + "{\"value\":\"231.0\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L3-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"
            + "{\"value\":\"50.01\",\"context\":\"Sample.Periodic\",\"measurand\":\"Frequency\",\"location\":\"Outlet\"},"
            + "{\"value\":\"41.5\",\"context\":\"Sample.Periodic\",\"measurand\":\"Temperature\",\"location\":\"Body\",\"unit\":\"Celcius\"}"
            + "]}]}]";

        public const string StartTransactionConf =
            "[3,\"19223204\",{\"idTagInfo\":{\"expiryDate\":\"2026-12-31T23:59:59.999Z\",\"parentIdTag\":\"FLEET-0007\",\"status\":\"Accepted\"},\"transactionId\":1042}]";

        public const string GetConfigurationConf =
            "[3,\"19223205\",{\"configurationKey\":["
            + "{\"key\":\"AllowOfflineTxForUnknownId\",\"readonly\":false,\"value\":\"false\"},"
            + "{\"key\":\"AuthorizationCacheEnabled\",\"readonly\":false,\"value\":\"true\"},"
            + "{\"key\":\"AuthorizeRemoteTxRequests\",\"readonly\":false,\"value\":\"false\"},"
            + "{\"key\":\"BlinkRepeat\",\"readonly\":false,\"value\":\"3\"},"
            + "{\"key\":\"ClockAlignedDataInterval\",\"readonly\":false,\"value\":\"900\"},"
            + "{\"key\":\"ConnectionTimeOut\",\"readonly\":false,\"value\":\"30\"},"
            + "{\"key\":\"ConnectorPhaseRotation\",\"readonly\":false,\"value\":\"0.RST,1.RST\"},"
            + "{\"key\":\"ConnectorPhaseRotationMaxLength\",\"readonly\":true,\"value\":\"2\"},"
            + "{\"key\":\"GetConfigurationMaxKeys\",\"readonly\":true,\"value\":\"64\"},"
            + "{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"86400\"},"
            + "{\"key\":\"LightIntensity\",\"readonly\":false,\"value\":\"50\"},"
            + "{\"key\":\"LocalAuthorizeOffline\",\"readonly\":false,\"value\":\"true\"},"
            + "{\"key\":\"LocalPreAuthorize\",\"readonly\":false,\"value\":\"false\"},"
            + "{\"key\":\"MaxEnergyOnInvalidId\",\"readonly\":false,\"value\":\"0\"},"
            + "{\"key\":\"MeterValuesAlignedData\",\"readonly\":false,\"value\":\"Energy.Active.Import.Register,Power.Active.Import\"},"
            + "{\"key\":\"MeterValuesAlignedDataMaxLength\",\"readonly\":true,\"value\":\"8\"},"
            + "{\"key\":\"MeterValuesSampledData\",\"readonly\":false,\"value\":\"Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage\"},"
            + "{\"key\":\"MeterValuesSampledDataMaxLength\",\"readonly\":true,\"value\":\"8\"},"
            + "{\"key\":\"MeterValueSampleInterval\",\"readonly\":false,\"value\":\"60\"},"
            + "{\"key\":\"MinimumStatusDuration\",\"readonly\":false,\"value\":\"0\"},"
            + "{\"key\":\"NumberOfConnectors\",\"readonly\":true,\"value\":\"1\"},"
            + "{\"key\":\"ResetRetries\",\"readonly\":false,\"value\":\"2\"},"
            + "{\"key\":\"StopTransactionOnEVSideDisconnect\",\"readonly\":false,\"value\":\"true\"},"
            + "{\"key\":\"StopTransactionOnInvalidId\",\"readonly\":false,\"value\":\"true\"},"
            + "{\"key\":\"StopTxnAlignedData\",\"readonly\":false,\"value\":\"\"},"
            + "{\"key\":\"StopTxnAlignedDataMaxLength\",\"readonly\":true,\"value\":\"8\"},"
            + "{\"key\":\"StopTxnSampledData\",\"readonly\":false,\"value\":\"Energy.Active.Import.Register\"},"
            + "{\"key\":\"StopTxnSampledDataMaxLength\",\"readonly\":true,\"value\":\"8\"},"
            + "{\"key\":\"SupportedFeatureProfiles\",\"readonly\":true,\"value\":\"Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger\"},"
            + "{\"key\":\"SupportedFeatureProfilesMaxLength\",\"readonly\":true,\"value\":\"6\"},"
            + "{\"key\":\"TransactionMessageAttempts\",\"readonly\":false,\"value\":\"3\"},"
            + "{\"key\":\"TransactionMessageRetryInterval\",\"readonly\":false,\"value\":\"60\"},"
            + "{\"key\":\"UnlockConnectorOnEVSideDisconnect\",\"readonly\":false,\"value\":\"true\"},"
            + "{\"key\":\"WebSocketPingInterval\",\"readonly\":false,\"value\":\"30\"}"
            + "],\"unknownKey\":[\"VendorSpecificKey\"]}]";

        public static readonly Frame[] All =
        {
            new Frame("BootNotification.req", "BootNotification", true, BootNotificationReq),
            new Frame("StatusNotification.req", "StatusNotification", true, StatusNotificationReq),
            new Frame("MeterValues.req", "MeterValues", true, MeterValuesReq),
            new Frame("StartTransaction.conf", "StartTransaction", false, StartTransactionConf),
            new Frame("GetConfiguration.conf", "GetConfiguration", false, GetConfigurationConf),
        };

        public static Frame Find(string name)
        {
            foreach (var f in All)
            {
                if (f.Name == name)
                {
                    return f;
                }
            }

            throw new System.ArgumentException("unknown frame " + name);
        }
    }
}
