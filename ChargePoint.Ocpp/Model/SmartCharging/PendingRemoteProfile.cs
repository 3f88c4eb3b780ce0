using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.SmartCharging
{
    /// <summary>The chargingProfile of an accepted RemoteStartTransaction, waiting for the transaction it starts.</summary>
    public sealed class PendingRemoteProfile
    {
        public PendingRemoteProfile(int connectorId, string idTag, ChargingProfile profile, long sinceMs, bool[] busyAtAttach)
        {
            ConnectorId = connectorId;
            IdTag = idTag;
            Profile = profile;
            SinceMs = sinceMs;
            BusyAtAttach = busyAtAttach;
        }

        /// <summary>Absent.Int when RemoteStart named no connector.</summary>
        public readonly int ConnectorId;

        public readonly string IdTag;

        public readonly ChargingProfile Profile;

        public readonly long SinceMs;

        /// <summary>Connectors that already had a transaction when RemoteStart was accepted (not the one it starts).</summary>
        public readonly bool[] BusyAtAttach;
    }
}
