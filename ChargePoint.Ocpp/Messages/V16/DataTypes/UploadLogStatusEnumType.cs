namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>LogStatusNotification.req status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class UploadLogStatusEnumType
    {
        public const string BadMessage = "BadMessage";

        public const string Idle = "Idle";

        public const string NotSupportedOperation = "NotSupportedOperation";

        public const string PermissionDenied = "PermissionDenied";

        public const string Uploaded = "Uploaded";

        public const string UploadFailure = "UploadFailure";

        public const string Uploading = "Uploading";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = BadMessage + " " + Idle + " " + NotSupportedOperation + " " + PermissionDenied
            + " " + Uploaded + " " + UploadFailure + " " + Uploading;
    }
}
