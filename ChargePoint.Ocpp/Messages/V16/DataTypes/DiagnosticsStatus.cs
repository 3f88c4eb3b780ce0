namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>DiagnosticsStatusNotification.req status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class DiagnosticsStatus
    {
        public const string Idle = "Idle";

        public const string Uploaded = "Uploaded";

        public const string UploadFailed = "UploadFailed";

        public const string Uploading = "Uploading";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Idle + " " + Uploaded + " " + UploadFailed + " " + Uploading;
    }
}
