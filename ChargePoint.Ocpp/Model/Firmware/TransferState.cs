namespace ChargePoint.Ocpp
{
    /// <summary>Progress of an asynchronous download, install or upload, as the platform hooks report it when polled.</summary>
    public static class TransferState
    {
        public const int Running = 0;

        public const int Succeeded = 1;

        public const int Failed = 2;
    }
}
