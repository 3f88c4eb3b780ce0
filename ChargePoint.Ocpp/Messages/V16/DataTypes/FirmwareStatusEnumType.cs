namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SignedFirmwareStatusNotification.req status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class FirmwareStatusEnumType
    {
        public const string Downloaded = "Downloaded";

        public const string DownloadFailed = "DownloadFailed";

        public const string Downloading = "Downloading";

        public const string DownloadScheduled = "DownloadScheduled";

        public const string DownloadPaused = "DownloadPaused";

        public const string Idle = "Idle";

        public const string InstallationFailed = "InstallationFailed";

        public const string Installing = "Installing";

        public const string Installed = "Installed";

        public const string InstallRebooting = "InstallRebooting";

        public const string InstallScheduled = "InstallScheduled";

        public const string InstallVerificationFailed = "InstallVerificationFailed";

        public const string InvalidSignature = "InvalidSignature";

        public const string SignatureVerified = "SignatureVerified";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Downloaded:
                case DownloadFailed:
                case Downloading:
                case DownloadScheduled:
                case DownloadPaused:
                case Idle:
                case InstallationFailed:
                case Installing:
                case Installed:
                case InstallRebooting:
                case InstallScheduled:
                case InstallVerificationFailed:
                case InvalidSignature:
                case SignatureVerified:
                    return true;
                default:
                    return false;
            }
        }
    }
}
