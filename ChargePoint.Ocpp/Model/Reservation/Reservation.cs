namespace ChargePoint.Ocpp.Model
{
    /// <summary>One accepted ReserveNow.req.</summary>
    public sealed class Reservation
    {
        public Reservation(int id, int connectorId, long expiryUtcMs, string idTag, string parentIdTag)
        {
            Id = id;
            ConnectorId = connectorId;
            ExpiryUtcMs = expiryUtcMs;
            IdTag = idTag;
            ParentIdTag = parentIdTag;
        }

        public readonly int Id;

        /// <summary>0 = any connector of the charge point.</summary>
        public readonly int ConnectorId;

        public readonly long ExpiryUtcMs;

        public readonly string IdTag;

        public readonly string ParentIdTag;
    }
}
