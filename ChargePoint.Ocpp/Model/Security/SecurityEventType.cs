using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>SecurityEventNotification types this firmware can detect (Security Whitepaper ed. 3, Appendix 1: the spec's strings).</summary>
    public static class SecurityEventType
    {
        public const string StartupOfTheDevice = "StartupOfTheDevice";
        public const string ResetOrReboot = "ResetOrReboot";
        public const string SettingSystemTime = "SettingSystemTime";
        public const string ReconfigurationOfSecurityParameters = "ReconfigurationOfSecurityParameters";
        public const string FirmwareUpdated = "FirmwareUpdated";
        public const string InvalidCentralSystemCertificate = "InvalidCentralSystemCertificate";
        public const string InvalidChargePointCertificate = "InvalidChargePointCertificate";
        public const string FailedToAuthenticateAtCentralSystem = "FailedToAuthenticateAtCentralSystem";
        public const string InvalidFirmwareSignature = "InvalidFirmwareSignature";
        public const string InvalidFirmwareSigningCertificate = "InvalidFirmwareSigningCertificate";
        public const string InvalidMessages = "InvalidMessages";
        public const string InvalidTLSVersion = "InvalidTLSVersion";
        public const string InvalidTLSCipherSuite = "InvalidTLSCipherSuite";
    }
}
