namespace ChargePoint.Ocpp.Model.SmartCharging
{
    /// <summary>The smart-charging limit of a connector changed; amps is <see cref="SmartChargingService.NoLimit"/> when no profile limits it.</summary>
    public delegate void SmartChargingLimitHandler(int connectorId, double amps);
}
