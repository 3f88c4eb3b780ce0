namespace ChargePoint.Ocpp.Model
{
    /// <summary>A Reset was accepted: the transaction service stops its transactions (reason SoftReset/HardReset) now.</summary>
    public delegate void ResetRequestedHandler(bool hard, long nowMs);
}
