using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// A check of the downloaded image before it is installed (<see cref="FirmwareService.Check"/>; the signature check of
    /// SignedUpdateFirmware). It works in slices so the main loop keeps running while a large image is hashed.
    /// </summary>
    public interface IFirmwareCheck
    {
        /// <summary>The download finished: start checking it.</summary>
        void Begin(long nowMs);

        /// <summary><see cref="TransferState.Running"/> while checking, then Succeeded (install) or Failed (discard).</summary>
        int Poll(long nowMs);

        /// <summary>
        /// The notification for a firmware status (SignedFirmwareStatusNotification while a signed update runs; null: the
        /// plain FirmwareStatusNotification). Here rather than a delegate type: the check's owner already implements this.
        /// </summary>
        OutgoingCall StatusCall(string status, CallOutcomeHandler onOutcome);
    }
}
