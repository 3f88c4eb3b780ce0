using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// The platform side of UpdateFirmware (implemented by the firmware; <see cref="SimulatedFirmwareUpdater"/> in tests).
    /// Begin* start work that runs on its own (a thread, a state machine); Poll* are called from Tick and return a
    /// <see cref="TransferState"/>. A successful install takes effect at the next boot: the engine then calls
    /// <see cref="IChargePointHooks.Reset"/>(hard) and reports Installed after that boot. The same object gives read access
    /// to the completed download (the signature check of SignedUpdateFirmware reads it in chunks, never whole) and the
    /// outcome of an image booted on trial (one interface: the three had one implementation each, the platform's updater).
    /// </summary>
    public interface IFirmwareUpdater
    {
        /// <summary>Starts downloading the image at location (an FTP/FTPS/HTTP/HTTPS URI), replacing any earlier download.</summary>
        void BeginDownload(string location, long nowMs);

        int PollDownload(long nowMs);

        /// <summary>Starts installing the downloaded image (e.g. writing the inactive OTA partition).</summary>
        void BeginInstall(long nowMs);

        int PollInstall(long nowMs);

        /// <summary>
        /// After the reboot into a new image: <see cref="TransferState.Running"/> while it is on trial through a loader (A/B
        /// slots), then Succeeded (it runs, confirmed: <see cref="FirmwareService"/> reports Installed) or Failed (the loader
        /// went back to the previous image: InstallationFailed). An updater without a loader answers Succeeded.
        /// </summary>
        int InstallOutcome();

        /// <summary>Bytes of the completed download (the staged file or the inactive OTA slot); -1 when there is none.</summary>
        long DownloadedLength { get; }

        /// <summary>Copies up to count bytes of the download from offset into buffer[0..]; the number copied (0 at the end).</summary>
        int ReadDownloaded(long offset, byte[] buffer, int count);
    }
}
