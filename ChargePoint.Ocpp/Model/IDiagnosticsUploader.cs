namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// The platform side of GetDiagnostics (implemented by the firmware; <see cref="SimulatedDiagnosticsUploader"/> in tests).
    /// <see cref="BeginUpload"/> starts work that runs on its own; <see cref="PollUpload"/> is called from Tick and returns a
    /// <see cref="Firmware.TransferState"/>.
    /// </summary>
    public interface IDiagnosticsUploader
    {
        /// <summary>Collects the diagnostics for the window (a null bound = open end) and names the file; null when there is nothing to upload.</summary>
        string PrepareFile(UtcTimestamp startTime, UtcTimestamp stopTime);

        /// <summary>Starts uploading the prepared file to location (an FTP/FTPS/HTTP/HTTPS URI).</summary>
        void BeginUpload(string location, string fileName, long nowMs);

        int PollUpload(long nowMs);
    }
}
