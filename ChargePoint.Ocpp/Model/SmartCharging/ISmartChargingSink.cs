namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Output of smart charging to the EVSE controller (implemented by the firmware). It is called once per connector
    /// at start-up and whenever the limit changes; the controller offers min(configured max, cable, this limit).
    /// </summary>
    public interface ISmartChargingSink
    {
        /// <param name="amps">The limit per phase, A, or <see cref="SmartChargingService.NoLimit"/> when no profile limits the connector.</param>
        void SetSmartChargingLimit(int connectorId, double amps);
    }
}
