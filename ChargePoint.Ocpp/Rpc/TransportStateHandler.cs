namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>The transport opened or closed.</summary>
    public delegate void TransportStateHandler();
}
