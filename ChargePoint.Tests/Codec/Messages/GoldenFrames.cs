using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>
    /// Known-good OCPP-J frames, one per message type, written in our canonical form (field order of the classes,
    /// timestamps with milliseconds, decimals trimmed) so that parse + write reproduces them byte for byte.
    /// Shared by the round-trip tests (device and host) and the host-only schema test, which checks every payload
    /// against the official OCPP 1.6 JSON schemas. Tables are flat triples: action, "req" or "conf", frame.
    /// </summary>
    public static class GoldenFrames
    {
        // ---- Core profile ----

        public const string AuthorizeReq =
            "[2,\"c-001\",\"Authorize\",{\"idTag\":\"04A2B3C4D5E6F7\"}]";

        public const string AuthorizeConf =
            "[3,\"c-001\",{\"idTagInfo\":{\"expiryDate\":\"2026-12-31T23:59:59.000Z\",\"parentIdTag\":\"FLEET-0007\",\"status\":\"Accepted\"}}]";

        public const string BootNotificationReq =
            "[2,\"c-002\",\"BootNotification\",{\"chargePointVendor\":\"OpenEVSE\",\"chargePointModel\":\"CP-ESP32-22\",\"chargePointSerialNumber\":\"CP22-000417\",\"chargeBoxSerialNumber\":\"CB-000417\",\"firmwareVersion\":\"0.4.1\",\"iccid\":\"8931440400012345678\",\"imsi\":\"204043212345678\",\"meterType\":\"ATM90E32\",\"meterSerialNumber\":\"M-90E32-0042\"}]";

        public const string BootNotificationConf =
            "[3,\"c-002\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:00.123Z\",\"interval\":300}]";

        public const string ChangeAvailabilityReq =
            "[2,\"c-003\",\"ChangeAvailability\",{\"connectorId\":1,\"type\":\"Inoperative\"}]";

        public const string ChangeAvailabilityConf =
            "[3,\"c-003\",{\"status\":\"Scheduled\"}]";

        public const string ChangeConfigurationReq =
            "[2,\"c-004\",\"ChangeConfiguration\",{\"key\":\"MeterValueSampleInterval\",\"value\":\"30\"}]";

        public const string ChangeConfigurationConf =
            "[3,\"c-004\",{\"status\":\"RebootRequired\"}]";

        public const string ClearCacheReq =
            "[2,\"c-005\",\"ClearCache\",{}]";

        public const string ClearCacheConf =
            "[3,\"c-005\",{\"status\":\"Rejected\"}]";

        public const string DataTransferReq =
            "[2,\"c-006\",\"DataTransfer\",{\"vendorId\":\"org.openevse\",\"messageId\":\"Diag\",\"data\":\"{\\\"temp\\\":41.5}\"}]";

        public const string DataTransferConf =
            "[3,\"c-006\",{\"status\":\"UnknownVendorId\"}]";

        public const string GetConfigurationReq =
            "[2,\"c-007\",\"GetConfiguration\",{\"key\":[\"HeartbeatInterval\",\"NoSuchKey\"]}]";

        public const string GetConfigurationConf =
            "[3,\"c-007\",{\"configurationKey\":[{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"300\"},{\"key\":\"NumberOfConnectors\",\"readonly\":true,\"value\":\"1\"}],\"unknownKey\":[\"NoSuchKey\"]}]";

        public const string HeartbeatReq =
            "[2,\"c-008\",\"Heartbeat\",{}]";

        public const string HeartbeatConf =
            "[3,\"c-008\",{\"currentTime\":\"2026-11-24T10:05:00.000Z\"}]";

        public const string MeterValuesReq =
            "[2,\"c-009\",\"MeterValues\",{\"connectorId\":1,\"transactionId\":1042,\"meterValue\":[{\"timestamp\":\"2026-11-24T10:15:00.000Z\",\"sampledValue\":[{\"value\":\"12345.6\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"},{\"value\":\"229.8\",\"measurand\":\"Voltage\",\"phase\":\"L1-N\",\"unit\":\"V\"},{\"value\":\"41.5\",\"measurand\":\"Temperature\",\"location\":\"Body\",\"unit\":\"Celcius\"}]}]}]";

        public const string MeterValuesConf =
            "[3,\"c-009\",{}]";

        public const string RemoteStartTransactionReq =
            "[2,\"c-010\",\"RemoteStartTransaction\",{\"connectorId\":1,\"idTag\":\"04A2B3C4D5E6F7\",\"chargingProfile\":{\"chargingProfileId\":7,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16}]}}}]";

        public const string RemoteStartTransactionConf =
            "[3,\"c-010\",{\"status\":\"Accepted\"}]";

        public const string RemoteStopTransactionReq =
            "[2,\"c-011\",\"RemoteStopTransaction\",{\"transactionId\":1042}]";

        public const string RemoteStopTransactionConf =
            "[3,\"c-011\",{\"status\":\"Rejected\"}]";

        public const string ResetReq =
            "[2,\"c-012\",\"Reset\",{\"type\":\"Soft\"}]";

        public const string ResetConf =
            "[3,\"c-012\",{\"status\":\"Accepted\"}]";

        public const string StartTransactionReq =
            "[2,\"c-013\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"04A2B3C4D5E6F7\",\"meterStart\":12000,\"reservationId\":5001,\"timestamp\":\"2026-11-24T10:01:00.000Z\"}]";

        public const string StartTransactionConf =
            "[3,\"c-013\",{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":1042}]";

        public const string StatusNotificationReq =
            "[2,\"c-014\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"info\":\"EV side disconnected\",\"status\":\"SuspendedEV\",\"timestamp\":\"2026-11-24T10:00:00.123Z\",\"vendorId\":\"org.openevse\",\"vendorErrorCode\":\"E0\"}]";

        public const string StatusNotificationConf =
            "[3,\"c-014\",{}]";

        public const string StopTransactionReq =
            "[2,\"c-015\",\"StopTransaction\",{\"idTag\":\"04A2B3C4D5E6F7\",\"meterStop\":19876,\"timestamp\":\"2026-11-24T11:00:00.000Z\",\"transactionId\":1042,\"reason\":\"EVDisconnected\",\"transactionData\":[{\"timestamp\":\"2026-11-24T10:01:00.000Z\",\"sampledValue\":[{\"value\":\"12000\",\"context\":\"Transaction.Begin\"}]},{\"timestamp\":\"2026-11-24T11:00:00.000Z\",\"sampledValue\":[{\"value\":\"19876\",\"context\":\"Transaction.End\"}]}]}]";

        public const string StopTransactionConf =
            "[3,\"c-015\",{\"idTagInfo\":{\"status\":\"Accepted\"}}]";

        public const string UnlockConnectorReq =
            "[2,\"c-016\",\"UnlockConnector\",{\"connectorId\":1}]";

        public const string UnlockConnectorConf =
            "[3,\"c-016\",{\"status\":\"Unlocked\"}]";

        // ---- LocalAuthListManagement, FirmwareManagement, Reservation, SmartCharging, RemoteTrigger ----

        public const string GetLocalListVersionReq =
            "[2,\"m-101\",\"GetLocalListVersion\",{}]";

        public const string GetLocalListVersionConf =
            "[3,\"m-101\",{\"listVersion\":42}]";

        public const string SendLocalListReq =
            "[2,\"m-102\",\"SendLocalList\",{\"listVersion\":43,\"localAuthorizationList\":[{\"idTag\":\"04A2B3C4D5E6F7\",\"idTagInfo\":{\"expiryDate\":\"2027-01-31T23:59:59.000Z\",\"parentIdTag\":\"FLEET-0007\",\"status\":\"Accepted\"}},{\"idTag\":\"DEADBEEF01\",\"idTagInfo\":{\"status\":\"Blocked\"}},{\"idTag\":\"REMOVED-TAG\"}],\"updateType\":\"Differential\"}]";

        public const string SendLocalListConf =
            "[3,\"m-102\",{\"status\":\"VersionMismatch\"}]";

        public const string GetDiagnosticsReq =
            "[2,\"m-103\",\"GetDiagnostics\",{\"location\":\"ftp://diag.example.com/uploads/\",\"retries\":3,\"retryInterval\":60,\"startTime\":\"2026-11-23T00:00:00.000Z\",\"stopTime\":\"2026-11-24T00:00:00.000Z\"}]";

        public const string GetDiagnosticsConf =
            "[3,\"m-103\",{\"fileName\":\"diag-CP22-000417-20261124.tar.gz\"}]";

        public const string DiagnosticsStatusNotificationReq =
            "[2,\"m-104\",\"DiagnosticsStatusNotification\",{\"status\":\"Uploaded\"}]";

        public const string DiagnosticsStatusNotificationConf =
            "[3,\"m-104\",{}]";

        public const string FirmwareStatusNotificationReq =
            "[2,\"m-105\",\"FirmwareStatusNotification\",{\"status\":\"InstallationFailed\"}]";

        public const string FirmwareStatusNotificationConf =
            "[3,\"m-105\",{}]";

        public const string UpdateFirmwareReq =
            "[2,\"m-106\",\"UpdateFirmware\",{\"location\":\"https://fw.example.com/cp22/0.5.0.bin\",\"retries\":2,\"retrieveDate\":\"2026-11-25T02:30:00.000Z\",\"retryInterval\":300}]";

        public const string UpdateFirmwareConf =
            "[3,\"m-106\",{}]";

        public const string ReserveNowReq =
            "[2,\"m-107\",\"ReserveNow\",{\"connectorId\":1,\"expiryDate\":\"2026-11-24T11:00:00.000Z\",\"idTag\":\"04A2B3C4D5E6F7\",\"parentIdTag\":\"FLEET-0007\",\"reservationId\":5001}]";

        public const string ReserveNowConf =
            "[3,\"m-107\",{\"status\":\"Occupied\"}]";

        public const string CancelReservationReq =
            "[2,\"m-108\",\"CancelReservation\",{\"reservationId\":5001}]";

        public const string CancelReservationConf =
            "[3,\"m-108\",{\"status\":\"Accepted\"}]";

        public const string SetChargingProfileReq =
            "[2,\"m-109\",\"SetChargingProfile\",{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":12,\"transactionId\":1042,\"stackLevel\":2,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Recurring\",\"recurrencyKind\":\"Daily\",\"validFrom\":\"2026-11-24T00:00:00.000Z\",\"validTo\":\"2026-12-24T00:00:00.000Z\",\"chargingSchedule\":{\"duration\":86400,\"startSchedule\":\"2026-11-24T00:00:00.000Z\",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16,\"numberPhases\":3},{\"startPeriod\":28800,\"limit\":6.5,\"numberPhases\":1},{\"startPeriod\":64800,\"limit\":32}],\"minChargingRate\":6.1}}}]";

        public const string SetChargingProfileConf =
            "[3,\"m-109\",{\"status\":\"Accepted\"}]";

        public const string ClearChargingProfileReq =
            "[2,\"m-110\",\"ClearChargingProfile\",{\"id\":12,\"connectorId\":1,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"stackLevel\":0}]";

        public const string ClearChargingProfileConf =
            "[3,\"m-110\",{\"status\":\"Unknown\"}]";

        public const string GetCompositeScheduleReq =
            "[2,\"m-111\",\"GetCompositeSchedule\",{\"connectorId\":1,\"duration\":3600,\"chargingRateUnit\":\"W\"}]";

        public const string GetCompositeScheduleConf =
            "[3,\"m-111\",{\"status\":\"Accepted\",\"connectorId\":1,\"scheduleStart\":\"2026-11-24T10:00:00.000Z\",\"chargingSchedule\":{\"duration\":3600,\"startSchedule\":\"2026-11-24T10:00:00.000Z\",\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":11000,\"numberPhases\":3},{\"startPeriod\":1800,\"limit\":7400.5}]}}]";

        public const string TriggerMessageReq =
            "[2,\"m-112\",\"TriggerMessage\",{\"requestedMessage\":\"StatusNotification\",\"connectorId\":1}]";

        public const string TriggerMessageConf =
            "[3,\"m-112\",{\"status\":\"NotImplemented\"}]";

        // ---- Security Whitepaper extension ----

        public const string SecurityEventNotificationReq =
            "[2,\"s-201\",\"SecurityEventNotification\",{\"type\":\"FirmwareUpdated\",\"timestamp\":\"2026-11-24T10:05:00.000Z\",\"techInfo\":\"0.4.1 -> 0.5.0\"}]";

        public const string SecurityEventNotificationConf =
            "[3,\"s-201\",{}]";

        public const string SignCertificateReq =
            "[2,\"s-202\",\"SignCertificate\",{\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----\\nMIIBUzCB+wIBADBYMQswCQYDVQQGEwJOTDEQMA4GA1UECgwHT3BlbkVWMRQwEgYD\\n-----END CERTIFICATE REQUEST-----\\n\"}]";

        public const string SignCertificateConf =
            "[3,\"s-202\",{\"status\":\"Accepted\"}]";

        public const string CertificateSignedReq =
            "[2,\"s-203\",\"CertificateSigned\",{\"certificateChain\":\"-----BEGIN CERTIFICATE-----\\nMIIB4TCCAYegAwIBAgIUQ2hhcmdlUG9pbnQtQ1AyMi0wMDA0MTcwCgYIKoZIzj0E\\n-----END CERTIFICATE-----\\n\"}]";

        public const string CertificateSignedConf =
            "[3,\"s-203\",{\"status\":\"Rejected\"}]";

        public const string InstallCertificateReq =
            "[2,\"s-204\",\"InstallCertificate\",{\"certificateType\":\"CentralSystemRootCertificate\",\"certificate\":\"-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIURm9vQmFyUm9vdENBMB4XDTI2MTEyNDAwMDAwMFoXDTM2\\n-----END CERTIFICATE-----\\n\"}]";

        public const string InstallCertificateConf =
            "[3,\"s-204\",{\"status\":\"Failed\"}]";

        public const string DeleteCertificateReq =
            "[2,\"s-205\",\"DeleteCertificate\",{\"certificateHashData\":{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"7b1f9ce8a3b5d2e4f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d\",\"issuerKeyHash\":\"0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\",\"serialNumber\":\"4e2a91c7\"}}]";

        public const string DeleteCertificateConf =
            "[3,\"s-205\",{\"status\":\"NotFound\"}]";

        public const string GetInstalledCertificateIdsReq =
            "[2,\"s-206\",\"GetInstalledCertificateIds\",{\"certificateType\":\"ManufacturerRootCertificate\"}]";

        public const string GetInstalledCertificateIdsConf =
            "[3,\"s-206\",{\"certificateHashData\":[{\"hashAlgorithm\":\"SHA384\",\"issuerNameHash\":\"aa11bb22cc33dd44ee55ff66\",\"issuerKeyHash\":\"66ff55ee44dd33cc22bb11aa\",\"serialNumber\":\"01\"},{\"hashAlgorithm\":\"SHA512\",\"issuerNameHash\":\"1234abcd\",\"issuerKeyHash\":\"abcd1234\",\"serialNumber\":\"7f\"}],\"status\":\"Accepted\"}]";

        public const string ExtendedTriggerMessageReq =
            "[2,\"s-207\",\"ExtendedTriggerMessage\",{\"requestedMessage\":\"SignChargePointCertificate\"}]";

        public const string ExtendedTriggerMessageConf =
            "[3,\"s-207\",{\"status\":\"Accepted\"}]";

        public const string GetLogReq =
            "[2,\"s-208\",\"GetLog\",{\"log\":{\"remoteLocation\":\"https://logs.example.com/upload\",\"oldestTimestamp\":\"2026-11-20T00:00:00.000Z\",\"latestTimestamp\":\"2026-11-24T00:00:00.000Z\"},\"logType\":\"SecurityLog\",\"requestId\":77,\"retries\":2,\"retryInterval\":120}]";

        public const string GetLogConf =
            "[3,\"s-208\",{\"status\":\"Accepted\",\"filename\":\"security-77.log\"}]";

        public const string LogStatusNotificationReq =
            "[2,\"s-209\",\"LogStatusNotification\",{\"status\":\"Uploading\",\"requestId\":77}]";

        public const string LogStatusNotificationConf =
            "[3,\"s-209\",{}]";

        public const string SignedUpdateFirmwareReq =
            "[2,\"s-210\",\"SignedUpdateFirmware\",{\"retries\":3,\"retryInterval\":600,\"requestId\":88,\"firmware\":{\"location\":\"https://fw.example.com/cp22/0.5.0.bin\",\"retrieveDateTime\":\"2026-11-25T02:00:00.000Z\",\"installDateTime\":\"2026-11-25T03:00:00.000Z\",\"signingCertificate\":\"-----BEGIN CERTIFICATE-----\\nMIIBmDCCAT6gAwIBAgIUU2lnbmVyQ0EwHhcNMjYxMTI0MDAwMDAwWhcNMzYxMTI0\\n-----END CERTIFICATE-----\\n\",\"signature\":\"MEUCIQDf3x1a2b3c4d5e6f7081920a1b2c3d4e5f60718293a4b5c6d7e8f9AiB0\"}}]";

        public const string SignedUpdateFirmwareConf =
            "[3,\"s-210\",{\"status\":\"InvalidCertificate\"}]";

        public const string SignedFirmwareStatusNotificationReq =
            "[2,\"s-211\",\"SignedFirmwareStatusNotification\",{\"status\":\"SignatureVerified\",\"requestId\":88}]";

        public const string SignedFirmwareStatusNotificationConf =
            "[3,\"s-211\",{}]";

        /// <summary>The 16 Core actions, request and response.</summary>
        public static readonly string[] Core =
        {
            OcppAction.Authorize, "req", AuthorizeReq,
            OcppAction.Authorize, "conf", AuthorizeConf,
            OcppAction.BootNotification, "req", BootNotificationReq,
            OcppAction.BootNotification, "conf", BootNotificationConf,
            OcppAction.ChangeAvailability, "req", ChangeAvailabilityReq,
            OcppAction.ChangeAvailability, "conf", ChangeAvailabilityConf,
            OcppAction.ChangeConfiguration, "req", ChangeConfigurationReq,
            OcppAction.ChangeConfiguration, "conf", ChangeConfigurationConf,
            OcppAction.ClearCache, "req", ClearCacheReq,
            OcppAction.ClearCache, "conf", ClearCacheConf,
            OcppAction.DataTransfer, "req", DataTransferReq,
            OcppAction.DataTransfer, "conf", DataTransferConf,
            OcppAction.GetConfiguration, "req", GetConfigurationReq,
            OcppAction.GetConfiguration, "conf", GetConfigurationConf,
            OcppAction.Heartbeat, "req", HeartbeatReq,
            OcppAction.Heartbeat, "conf", HeartbeatConf,
            OcppAction.MeterValues, "req", MeterValuesReq,
            OcppAction.MeterValues, "conf", MeterValuesConf,
            OcppAction.RemoteStartTransaction, "req", RemoteStartTransactionReq,
            OcppAction.RemoteStartTransaction, "conf", RemoteStartTransactionConf,
            OcppAction.RemoteStopTransaction, "req", RemoteStopTransactionReq,
            OcppAction.RemoteStopTransaction, "conf", RemoteStopTransactionConf,
            OcppAction.Reset, "req", ResetReq,
            OcppAction.Reset, "conf", ResetConf,
            OcppAction.StartTransaction, "req", StartTransactionReq,
            OcppAction.StartTransaction, "conf", StartTransactionConf,
            OcppAction.StatusNotification, "req", StatusNotificationReq,
            OcppAction.StatusNotification, "conf", StatusNotificationConf,
            OcppAction.StopTransaction, "req", StopTransactionReq,
            OcppAction.StopTransaction, "conf", StopTransactionConf,
            OcppAction.UnlockConnector, "req", UnlockConnectorReq,
            OcppAction.UnlockConnector, "conf", UnlockConnectorConf,
        };

        /// <summary>The other five feature profiles of OCPP 1.6, request and response.</summary>
        public static readonly string[] OtherProfiles =
        {
            OcppAction.GetLocalListVersion, "req", GetLocalListVersionReq,
            OcppAction.GetLocalListVersion, "conf", GetLocalListVersionConf,
            OcppAction.SendLocalList, "req", SendLocalListReq,
            OcppAction.SendLocalList, "conf", SendLocalListConf,
            OcppAction.GetDiagnostics, "req", GetDiagnosticsReq,
            OcppAction.GetDiagnostics, "conf", GetDiagnosticsConf,
            OcppAction.DiagnosticsStatusNotification, "req", DiagnosticsStatusNotificationReq,
            OcppAction.DiagnosticsStatusNotification, "conf", DiagnosticsStatusNotificationConf,
            OcppAction.FirmwareStatusNotification, "req", FirmwareStatusNotificationReq,
            OcppAction.FirmwareStatusNotification, "conf", FirmwareStatusNotificationConf,
            OcppAction.UpdateFirmware, "req", UpdateFirmwareReq,
            OcppAction.UpdateFirmware, "conf", UpdateFirmwareConf,
            OcppAction.ReserveNow, "req", ReserveNowReq,
            OcppAction.ReserveNow, "conf", ReserveNowConf,
            OcppAction.CancelReservation, "req", CancelReservationReq,
            OcppAction.CancelReservation, "conf", CancelReservationConf,
            OcppAction.SetChargingProfile, "req", SetChargingProfileReq,
            OcppAction.SetChargingProfile, "conf", SetChargingProfileConf,
            OcppAction.ClearChargingProfile, "req", ClearChargingProfileReq,
            OcppAction.ClearChargingProfile, "conf", ClearChargingProfileConf,
            OcppAction.GetCompositeSchedule, "req", GetCompositeScheduleReq,
            OcppAction.GetCompositeSchedule, "conf", GetCompositeScheduleConf,
            OcppAction.TriggerMessage, "req", TriggerMessageReq,
            OcppAction.TriggerMessage, "conf", TriggerMessageConf,
        };

        /// <summary>The Security Whitepaper extension messages, request and response.</summary>
        public static readonly string[] Security =
        {
            OcppAction.SecurityEventNotification, "req", SecurityEventNotificationReq,
            OcppAction.SecurityEventNotification, "conf", SecurityEventNotificationConf,
            OcppAction.SignCertificate, "req", SignCertificateReq,
            OcppAction.SignCertificate, "conf", SignCertificateConf,
            OcppAction.CertificateSigned, "req", CertificateSignedReq,
            OcppAction.CertificateSigned, "conf", CertificateSignedConf,
            OcppAction.InstallCertificate, "req", InstallCertificateReq,
            OcppAction.InstallCertificate, "conf", InstallCertificateConf,
            OcppAction.DeleteCertificate, "req", DeleteCertificateReq,
            OcppAction.DeleteCertificate, "conf", DeleteCertificateConf,
            OcppAction.GetInstalledCertificateIds, "req", GetInstalledCertificateIdsReq,
            OcppAction.GetInstalledCertificateIds, "conf", GetInstalledCertificateIdsConf,
            OcppAction.ExtendedTriggerMessage, "req", ExtendedTriggerMessageReq,
            OcppAction.ExtendedTriggerMessage, "conf", ExtendedTriggerMessageConf,
            OcppAction.GetLog, "req", GetLogReq,
            OcppAction.GetLog, "conf", GetLogConf,
            OcppAction.LogStatusNotification, "req", LogStatusNotificationReq,
            OcppAction.LogStatusNotification, "conf", LogStatusNotificationConf,
            OcppAction.SignedUpdateFirmware, "req", SignedUpdateFirmwareReq,
            OcppAction.SignedUpdateFirmware, "conf", SignedUpdateFirmwareConf,
            OcppAction.SignedFirmwareStatusNotification, "req", SignedFirmwareStatusNotificationReq,
            OcppAction.SignedFirmwareStatusNotification, "conf", SignedFirmwareStatusNotificationConf,
        };
    }
}
