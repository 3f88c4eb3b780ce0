namespace ChargePoint.Firmware.Update
{
    /// <summary>
    /// One HTTP(S) transfer at a time, run by the platform on its own thread (host: HttpClient; ESP32: System.Net.Http).
    /// The main loop polls it from Tick and alone touches the storage: a download hands its bytes over in chunks
    /// through <see cref="Read"/> (the platform keeps only a few chunks queued), an upload gets its whole body (a
    /// bounded log file). States are <see cref="ChargePoint.Ocpp.TransferState"/> values.
    /// </summary>
    public interface IFileTransfer
    {
        /// <summary>Starts GET url, replacing any running transfer.</summary>
        void BeginGet(string url);

        /// <summary>Copies up to buffer.Length received bytes into buffer; 0 when none are waiting right now.</summary>
        int Read(byte[] buffer);

        /// <summary>Starts an HTTP PUT of body to url, replacing any running transfer.</summary>
        void BeginPut(string url, byte[] body);

        /// <summary>Running until the transfer ended and (GET) every byte was read; then Succeeded or Failed.</summary>
        int State { get; }

        /// <summary>Why the last transfer failed (status code, exception), empty otherwise.</summary>
        string Error { get; }
    }
}
