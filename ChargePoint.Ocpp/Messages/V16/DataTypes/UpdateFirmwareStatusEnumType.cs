namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SignedUpdateFirmware.conf status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class UpdateFirmwareStatusEnumType
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public const string AcceptedCanceled = "AcceptedCanceled";

        public const string InvalidCertificate = "InvalidCertificate";

        public const string RevokedCertificate = "RevokedCertificate";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Accepted:
                case Rejected:
                case AcceptedCanceled:
                case InvalidCertificate:
                case RevokedCertificate:
                    return true;
                default:
                    return false;
            }
        }
    }
}
