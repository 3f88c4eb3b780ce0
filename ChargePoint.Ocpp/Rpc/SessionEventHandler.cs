namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>A session state change, raised from inside Tick.</summary>
    public delegate void SessionEventHandler(long nowMs);
}
