namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// Follows each connection attempt of <see cref="OcppChargePoint"/> (the security profile's TLS settings and their
    /// fallback). One reference instead of three event subscriptions: the composition's resident heap is budgeted.
    /// </summary>
    public interface IConnectionObserver
    {
        /// <summary>Just before the transport's Connect (set the TLS settings, <see cref="OcppChargePoint.SendBasicAuth"/>).</summary>
        void Connecting(long nowMs);

        /// <summary>The attempt connected.</summary>
        void Connected(long nowMs);

        /// <summary>The attempt failed or the connection dropped.</summary>
        void Disconnected(long nowMs);
    }
}
