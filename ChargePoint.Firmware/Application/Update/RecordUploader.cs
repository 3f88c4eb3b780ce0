using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Rpc;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Update
{
    /// <summary>
    /// GetDiagnostics / GetLog upload of a file gathered into a storage record (a <see cref="ConfigValidator"/> given the record's name, true when it wrote the file: the log ring,
    /// the security events), sent with HTTP PUT to location + "/" + fileName (location already ending with '/' gets the
    /// name directly). The file is bounded (the log ring), so its body is read whole for the transfer.
    /// </summary>
    public sealed class RecordUploader : IDiagnosticsUploader
    {
        private readonly IStorage _storage;
        private readonly IFileTransfer _transfer;
        private readonly ConfigValidator _source;
        private readonly string _record;
        private readonly string _fileName;
        private int _state = TransferState.Failed; // Running from BeginUpload until the transfer ends

        /// <param name="record">The storage record the file is gathered into (one per uploader).</param>
        public RecordUploader(IStorage storage, IFileTransfer transfer, ConfigValidator source, string record, string fileName)
        {
            _storage = storage;
            _transfer = transfer;
            _source = source;
            _record = record;
            _fileName = fileName;
        }

        /// <summary>Where failures are written (the console log); null: nowhere.</summary>
        public TransportTextHandler Note;

        public string PrepareFile(UtcTimestamp startTime, UtcTimestamp stopTime) => _source(_record) ? _fileName : null;

        public void BeginUpload(string location, string fileName, long nowMs)
        {
            byte[] body = _storage.Read(_record) ?? new byte[0];
            string url = location + (location.EndsWith("/") ? string.Empty : "/") + fileName;
            _state = TransferState.Running;
            _transfer.BeginPut(url, body);
        }

        public int PollUpload(long nowMs)
        {
            if (_state != TransferState.Running)
            {
                return _state;
            }

            int state = _transfer.State;
            if (state != TransferState.Running)
            {
                _state = state;
                if (state == TransferState.Failed && Note != null)
                {
                    Note("upload of " + _fileName + " failed: " + _transfer.Error);
                }
            }

            return state;
        }
    }
}
