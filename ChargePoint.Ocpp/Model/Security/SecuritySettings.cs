namespace ChargePoint.Ocpp.Model.Security
{
    /// <summary>Build-time limits of the Security feature (not OCPP keys unless said so).</summary>
    public sealed class SecuritySettings
    {
        /// <summary>Unconfirmed security events kept on flash; when full the oldest is dropped.</summary>
        public int MaxQueuedEvents = 32;

        /// <summary>Wait after a CallError or a timeout before the event is sent again, ms.</summary>
        public const long RetryIntervalMs = 60000;

        /// <summary>A clock set that moves the clock by at least this much is a SettingSystemTime event, ms.</summary>
        public const long ClockJumpThresholdMs = 60000;

        /// <summary>CertificateStoreMaxLength (R): root certificates the device can hold (the out-of-band `ca-certificate`).</summary>
        public int CertificateStoreMaxLength = 1;

        /// <summary>CertificateSignedMaxChainSize (R): 0, CertificateSigned is not supported.</summary>
        public int CertificateSignedMaxChainSize;
    }
}
