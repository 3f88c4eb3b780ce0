namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>DiagnosticsStatusNotification.req status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class DiagnosticsStatus
    {
        public const string Idle = "Idle";

        public const string Uploaded = "Uploaded";

        public const string UploadFailed = "UploadFailed";

        public const string Uploading = "Uploading";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Idle:
                case Uploaded:
                case UploadFailed:
                case Uploading:
                    return true;
                default:
                    return false;
            }
        }
    }
}
