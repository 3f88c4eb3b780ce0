namespace ChargePoint.Ocpp.Model.Unlock
{
    /// <summary>UnlockConnector arrived for a connector: the transaction service stops its transaction (reason UnlockCommand) first.</summary>
    public delegate void UnlockRequestedHandler(int connectorId, long nowMs);
}
