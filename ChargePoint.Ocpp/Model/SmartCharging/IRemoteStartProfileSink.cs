using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.SmartCharging
{
    /// <summary>Takes the chargingProfile of a RemoteStartTransaction.req (a TxProfile for the transaction it starts).</summary>
    public interface IRemoteStartProfileSink
    {
        /// <summary>False when the profile is unacceptable: RemoteStartTransaction is then Rejected (OCTT TC_060).</summary>
        bool Accepts(ChargingProfile profile);

        /// <summary>RemoteStart was Accepted: apply the profile to the transaction it starts (connectorId may be Absent.Int).</summary>
        void Attach(int connectorId, string idTag, ChargingProfile profile, long nowMs);
    }
}
