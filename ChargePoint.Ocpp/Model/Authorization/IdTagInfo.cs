namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>OCPP IdTagInfo: status, optional expiry and optional parentIdTag.</summary>
    public sealed class IdTagInfo
    {
        public IdTagInfo(int status, long expiryUtcMs, string parentIdTag)
        {
            Status = status;
            ExpiryUtcMs = expiryUtcMs;
            ParentIdTag = parentIdTag;
        }

        /// <summary>See <see cref="AuthorizationStatus"/>.</summary>
        public readonly int Status;

        /// <summary>Milliseconds since 1970 UTC, or 0 when absent.</summary>
        public readonly long ExpiryUtcMs;

        public readonly string ParentIdTag;

        /// <summary>Accepted and not expired at nowUtcMs (an unknown clock, 0, never expires an entry).</summary>
        public bool IsValidAt(long nowUtcMs)
        {
            return Status == AuthorizationStatus.Accepted && (ExpiryUtcMs == 0 || nowUtcMs == 0 || nowUtcMs < ExpiryUtcMs);
        }
    }
}
