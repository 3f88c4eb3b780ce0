using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// The platform side of UpdateFirmware (implemented by the firmware; <see cref="SimulatedFirmwareUpdater"/> in tests).
    /// Begin* start work that runs on its own (a thread, a state machine); Poll* are called from Tick and return a
    /// <see cref="TransferState"/>. A successful install takes effect at the next boot: the engine then calls
    /// <see cref="IChargePointHooks.Reset"/>(hard) and reports Installed after that boot.
    /// </summary>
    public interface IFirmwareUpdater
    {
        /// <summary>Starts downloading the image at location (an FTP/FTPS/HTTP/HTTPS URI), replacing any earlier download.</summary>
        void BeginDownload(string location, long nowMs);

        int PollDownload(long nowMs);

        /// <summary>Starts installing the downloaded image (e.g. writing the inactive OTA partition).</summary>
        void BeginInstall(long nowMs);

        int PollInstall(long nowMs);
    }
}
