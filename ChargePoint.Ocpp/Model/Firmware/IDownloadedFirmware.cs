using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Read access to the completed download, implemented by the platform's <see cref="IFirmwareUpdater"/> (the staged
    /// file or the inactive OTA slot): the signature check reads it in chunks, never whole.
    /// </summary>
    public interface IDownloadedFirmware
    {
        /// <summary>Bytes of the completed download; -1 when there is none.</summary>
        long DownloadedLength { get; }

        /// <summary>Copies up to count bytes from offset into buffer[0..]; the number copied (0 at the end).</summary>
        int ReadDownloaded(long offset, byte[] buffer, int count);
    }
}
