namespace ChargePoint.Ocpp.Model.Reservation
{
    /// <summary>One accepted ReserveNow.req.</summary>
    public sealed class Reservation
    {
        public Reservation(int id, int connectorId, long expiryUtcMs, string idTag, string? parentIdTag)
        {
            Id = id;
            ConnectorId = connectorId;
            ExpiryUtcMs = expiryUtcMs;
            IdTag = idTag;
            ParentIdTag = parentIdTag;
        }

        public int Id { get; }

        /// <summary>0 = any connector of the charge point.</summary>
        public int ConnectorId { get; }

        public long ExpiryUtcMs { get; }

        public string IdTag { get; }

        public string? ParentIdTag { get; }

        /// <summary>The reserved idTag, or another one of the same group (Spec §5.13, OCTT TC_053).</summary>
        public bool Matches(string idTag, string? parentIdTag)
        {
            return idTag == IdTag || (ParentIdTag != null && parentIdTag != null && parentIdTag == ParentIdTag);
        }
    }
}
