using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>OCPP IdTagInfo: status, optional expiry and optional parentIdTag.</summary>
    public sealed class IdTagInfo
    {
        // OCPP 1.6 AuthorizationStatus codes (Status; constants here rather than a class of their own: one type fewer).
        public const int Accepted = 1;
        public const int Blocked = 2;
        public const int Expired = 3;
        public const int Invalid = 4;
        public const int ConcurrentTx = 5;

        /// <summary>Where the status codes start in <see cref="Measurand.ToText"/>: the text of status c is Measurand.ToText(Base + c).</summary>
        public const int Base = 78;

        public IdTagInfo(int status, long expiryUtcMs, string parentIdTag)
        {
            Status = status;
            ExpiryUtcMs = expiryUtcMs;
            ParentIdTag = parentIdTag;
        }

        /// <summary>An AuthorizationStatus code: <see cref="Accepted"/> ... <see cref="ConcurrentTx"/> (0: not a 1.6 status).</summary>
        public readonly int Status;

        /// <summary>Milliseconds since 1970 UTC, or 0 when absent.</summary>
        public readonly long ExpiryUtcMs;

        public readonly string ParentIdTag;

        /// <summary>Accepted and not expired at nowUtcMs (an unknown clock, 0, never expires an entry).</summary>
        public bool IsValidAt(long nowUtcMs)
        {
            return Status == IdTagInfo.Accepted && (ExpiryUtcMs == 0 || nowUtcMs == 0 || nowUtcMs < ExpiryUtcMs);
        }
    }
}
