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

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Downloaded + " " + DownloadFailed + " " + Downloading + " " + DownloadScheduled
            + " " + DownloadPaused + " " + Idle + " " + InstallationFailed + " " + Installing + " " + Installed
            + " " + InstallRebooting + " " + InstallScheduled + " " + InstallVerificationFailed
            + " " + InvalidSignature + " " + SignatureVerified;
    }
}
