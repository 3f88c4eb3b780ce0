namespace ChargePoint.Ocpp.Model.RemoteTrigger
{
    /// <summary>Returns the current DiagnosticsStatus or FirmwareStatus text for a triggered notification (e.g. "Idle", "Uploading").</summary>
    public delegate string TriggerStatusProvider();
}
