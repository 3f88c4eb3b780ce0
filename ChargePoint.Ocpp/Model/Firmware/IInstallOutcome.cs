using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Optional on an <see cref="IFirmwareUpdater"/> whose image boots on trial through a loader (A/B slots): after the
    /// reboot, <see cref="FirmwareService"/> reports Installed only once the new image confirmed itself, and
    /// InstallationFailed when the loader went back to the previous image. Without it, Installed follows the reboot.
    /// </summary>
    public interface IInstallOutcome
    {
        /// <summary><see cref="TransferState.Running"/> while the new image is on trial, then Succeeded (it runs, confirmed) or Failed (rolled back).</summary>
        int InstallOutcome();
    }
}
