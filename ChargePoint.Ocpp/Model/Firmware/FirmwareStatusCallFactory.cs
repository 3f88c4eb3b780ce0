using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Firmware
{
    /// <summary>The notification for a firmware status (null: the plain FirmwareStatusNotification).</summary>
    public delegate RequestCall FirmwareStatusCallFactory(string status, CallOutcomeHandler onOutcome);
}
