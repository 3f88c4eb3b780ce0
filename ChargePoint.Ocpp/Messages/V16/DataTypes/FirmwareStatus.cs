namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>FirmwareStatusNotification.req status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class FirmwareStatus
    {
        public const string Downloaded = "Downloaded";

        public const string DownloadFailed = "DownloadFailed";

        public const string Downloading = "Downloading";

        public const string Idle = "Idle";

        public const string InstallationFailed = "InstallationFailed";

        public const string Installing = "Installing";

        public const string Installed = "Installed";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Downloaded + " " + DownloadFailed + " " + Downloading + " " + Idle
            + " " + InstallationFailed + " " + Installing + " " + Installed;
    }
}
