using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp
{
    /// <summary>A charging profile installed on a connector (0 = the whole charge point).</summary>
    public sealed class InstalledProfile
    {
        public InstalledProfile(int connectorId, ChargingProfile profile, int txNr)
        {
            ConnectorId = connectorId;
            Profile = profile;
            TxNr = txNr;
        }

        public readonly int ConnectorId;

        public readonly ChargingProfile Profile;

        /// <summary>For a TxProfile: the journal number of the transaction it belongs to (0 otherwise).</summary>
        public readonly int TxNr;

        // A RemoteStartTransaction's chargingProfile waiting (in SmartChargingService._pending) for the transaction it
        // starts: the idTag, when it was accepted, and the connectors that already had a transaction then (not the one
        // it starts). ConnectorId is Absent.Int when RemoteStart named no connector.
        public string IdTag;

        public long SinceMs;

        public bool[] BusyAtAttach;
    }
}
