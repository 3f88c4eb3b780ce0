namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>DataTransfer.conf status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class DataTransferStatus
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public const string UnknownMessageId = "UnknownMessageId";

        public const string UnknownVendorId = "UnknownVendorId";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Rejected:
                case UnknownMessageId:
                case UnknownVendorId:
                    return true;
                default:
                    return false;
            }
        }
    }
}
