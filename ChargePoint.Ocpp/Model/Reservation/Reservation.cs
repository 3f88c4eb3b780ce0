namespace ChargePoint.Ocpp.Model.Reservation
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

        /// <summary>The reserved idTag, or another one of the same group (Spec §5.13, OCTT TC_053).</summary>
        public bool Matches(string idTag, string parentIdTag)
        {
            return idTag == IdTag || (ParentIdTag != null && parentIdTag != null && parentIdTag == ParentIdTag);
        }
    }
}
