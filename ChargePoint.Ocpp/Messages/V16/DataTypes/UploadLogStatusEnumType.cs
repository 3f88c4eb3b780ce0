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

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case BadMessage:
                case Idle:
                case NotSupportedOperation:
                case PermissionDenied:
                case Uploaded:
                case UploadFailure:
                case Uploading:
                    return true;
                default:
                    return false;
            }
        }
    }
}
